using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;
using DrAudit.Core.RestoreOrder;

namespace DrAudit.Core.Evaluation.Scoring
{
    /// <summary>Turns every outcome other than Effective and NotApplicable into a finding: the service outcomes of
    /// service rules and the client outcome of client rules. Keys are "CONTROL/service" or "CONTROL", stable across
    /// runs. Ordered by severity (high first), then catalogue order, then service order.</summary>
    public sealed class FindingWriter
    {
        public const string RestoreOrderControl = "DR-09";

        private readonly ClientDefinition _definition;
        private readonly IReadOnlyDictionary<string, RestoreOrderAnalysis> _restoreOrders;

        public FindingWriter(ClientDefinition definition, IReadOnlyDictionary<string, RestoreOrderAnalysis> restoreOrders)
        {
            _definition = definition;
            _restoreOrders = restoreOrders;
        }

        public List<Finding> Write(IReadOnlyList<ScoredControl> controls)
        {
            var found = new List<(Finding Finding, int Control, int Service)>();
            for (int c = 0; c < controls.Count; c++)
            {
                var control = controls[c];
                if (!control.PerService)
                {
                    var r = control.Result;
                    if (IsFinding(r.Outcome))
                        found.Add((Make(control, null, r.Outcome, r.Statement, r.Evidence, control.ClientException), c, -1));
                    continue;
                }
                for (int s = 0; s < control.Result.Services.Count; s++)
                {
                    var o = control.Result.Services[s];
                    if (IsFinding(o.Outcome))
                        found.Add((Make(control, _definition.FindService(o.Service), o.Outcome, o.Statement, o.Evidence, o.Exception), c, s));
                }
            }
            return found
                .OrderByDescending(f => f.Finding.Severity)
                .ThenBy(f => f.Control)
                .ThenBy(f => f.Service)
                .Select(f => f.Finding)
                .ToList();
        }

        private static bool IsFinding(Outcome outcome) => outcome != Outcome.Effective && outcome != Outcome.NotApplicable;

        private Finding Make(ScoredControl control, Service? service, Outcome outcome, string? statement, IEnumerable<string> evidence, string? exception)
        {
            var text = string.IsNullOrWhiteSpace(statement) ? control.Definition.Title + ": not met." : statement!.Trim();
            if (outcome == Outcome.AlternateControl && exception != null)
                text += " Accepted risk: " + exception + ".";
            return new Finding
            {
                Key = service == null ? control.Id : control.Id + "/" + service.Id,
                Control = control.Id,
                Service = service?.Id,
                Outcome = outcome,
                Severity = FindingSeverity.For(control.Definition, service, _definition.Services),
                Statement = text,
                Remediation = Remediation(control, service),
                Evidence = evidence.ToList(),
            };
        }

        private string Remediation(ScoredControl control, Service? service)
        {
            var remediation = control.Definition.Remediation.Trim();
            if (control.Id != RestoreOrderControl || service == null) return remediation;
            if (!_restoreOrders.TryGetValue(service.Id, out var order) || order.HasIdentityComponent) return remediation;
            var identity = service.Name + " has no identity component: sign-in (Active Directory, Entra ID) is a likely " +
                "undocumented dependency; add it to the service's components and restore it first.";
            return remediation.Length == 0 ? identity : remediation + " " + identity;
        }
    }
}
