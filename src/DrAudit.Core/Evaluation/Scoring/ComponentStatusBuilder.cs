using System;
using System.Linq;
using DrAudit.Core.Loading.Yaml;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Evaluation.Scoring
{
    /// <summary>What the evidence index says about one component, for a service's readiness.</summary>
    public static class ComponentStatusBuilder
    {
        public static ComponentStatus Build(Component component, ComponentEvidence evidence, DateTimeOffset asOf)
        {
            var newest = evidence.NewestGoodPoint;
            return new ComponentStatus
            {
                Id = component.Id,
                Name = component.Name,
                Kind = KebabCase.Of(component.Kind),
                NeedsBackup = component.NeedsBackup,
                NoBackupReason = component.NeedsBackup ? null : component.Backup?.Reason,
                Jobs = evidence.EnabledJobs.Select(j => j.SourceId + ": " + j.Job.DisplayName).ToList(),
                Repositories = evidence.Repositories
                    .Select(r => r.Id)
                    .Distinct(StringComparer.Ordinal)
                    .OrderBy(r => r, StringComparer.Ordinal)
                    .ToList(),
                NewestGoodPoint = newest?.Time,
                NewestGoodPointAgeHours = newest == null ? (double?)null : Math.Round((asOf - newest.Value.Time).TotalHours, 2),
                Visible = evidence.Visible,
            };
        }
    }
}
