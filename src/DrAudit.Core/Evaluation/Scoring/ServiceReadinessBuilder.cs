using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Model.Result;
using DrAudit.Core.RestoreOrder;

namespace DrAudit.Core.Evaluation.Scoring
{
    /// <summary>A service's targets, owners, restore order, component protection and DR readiness count.</summary>
    public static class ServiceReadinessBuilder
    {
        /// <summary>The control whose Effective outcome means the targets are approved (approved by a named person within 365 days).</summary>
        public const string TargetsApprovedControl = "DR-01";

        public static ServiceReadiness Build(ServiceContext service, IReadOnlyList<ScoredControl> drControls)
        {
            var restoreOrder = service.RestoreOrder;
            var s = service.Service;
            var targets = service.Targets;
            var count = DrReadinessCount.For(s.Id, drControls);
            var approval = drControls.FirstOrDefault(c => c.Id == TargetsApprovedControl);
            return new ServiceReadiness
            {
                Id = s.Id,
                Name = s.Name,
                Tier = s.Tier,
                Rpo = targets.Rpo.ToString(),
                Rto = targets.Rto.ToString(),
                Retention = targets.Retention.ToString(),
                RestoreTestEvery = targets.RestoreTestEvery.ToString(),
                SyncTolerance = targets.SyncTolerance.ToString(),
                TargetsApproved = approval != null && approval.OutcomeFor(s.Id) == Outcome.Effective,
                ApprovedBy = targets.ApprovedBy,
                ApprovedOn = targets.ApprovedOn,
                BusinessOwner = s.Owners?.Business,
                TechnicalOwner = s.Owners?.Technical,
                Workaround = s.Workaround,
                RestoreOrder = restoreOrder.Order.ToList(),
                RestoreOrderDocumented = restoreOrder.Documented,
                DrControlsEffective = count.Effective,
                DrControlsApplicable = count.Applicable,
                Ready = count.Ready,
                Components = service.Components
                    .Select(c => ComponentStatusBuilder.Build(c, service.EvidenceFor(c), service.Audit.AsOf))
                    .ToList(),
            };
        }
    }
}
