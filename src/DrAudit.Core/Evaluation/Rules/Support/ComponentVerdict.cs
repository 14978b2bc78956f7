using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Evaluation.Causes;
using DrAudit.Core.Model.Definition;

namespace DrAudit.Core.Evaluation.Rules.Support
{
    /// <summary>One component's verdict for one control: its state, a clause naming the component that says why
    /// ("LICENCE has no backup job"), how bad it is (to pick the worst component) and the evidence lines.</summary>
    public sealed class ComponentVerdict
    {
        private ComponentVerdict(Component component, ComponentState state, string detail, double weight, IEnumerable<string>? evidence)
        {
            Component = component;
            State = state;
            Detail = detail;
            Weight = weight;
            Evidence = evidence?.ToList() ?? new List<string>();
        }

        public Component Component { get; }
        public ComponentState State { get; }
        /// <summary>A clause that names the component, for statements: "PAYROLL-DB's newest good restore point is 31 hours old".</summary>
        public string Detail { get; }
        /// <summary>Larger is worse; the combiner lists failing components worst first. Met verdicts may use it for
        /// the value an Effective statement quotes (e.g. the age of the newest point).</summary>
        public double Weight { get; }
        /// <summary>"source: record" lines this verdict rests on.</summary>
        public IReadOnlyList<string> Evidence { get; }
        /// <summary>What is at fault for a NotMet or Unknown verdict, when the rule can name it.</summary>
        public List<CauseReference> Causes { get; } = new List<CauseReference>();

        /// <summary>Adds causes (nulls skipped) and returns this verdict.</summary>
        public ComponentVerdict Because(params CauseReference?[] causes)
        {
            foreach (var cause in causes)
                if (cause != null && !Causes.Exists(c => c.Key == cause.Key)) Causes.Add(cause);
            return this;
        }

        public static ComponentVerdict Met(Component component, string detail, IEnumerable<string>? evidence = null, double weight = 0) =>
            new ComponentVerdict(component, ComponentState.Met, detail, weight, evidence);

        public static ComponentVerdict NotMet(Component component, string detail, IEnumerable<string>? evidence = null, double weight = 0) =>
            new ComponentVerdict(component, ComponentState.NotMet, detail, weight, evidence);

        public static ComponentVerdict Unknown(Component component, string detail, IEnumerable<string>? evidence = null) =>
            new ComponentVerdict(component, ComponentState.Unknown, detail, 0, evidence);

        /// <summary>The verdict for a component one of whose matched sources could not be read.</summary>
        public static ComponentVerdict Invisible(ServiceContext service, ComponentEvidence evidence) =>
            Unknown(evidence.Component,
                evidence.Component.Name + " cannot be seen (" + ComponentStatements.SourceFailures(service.Audit, evidence.FailedSources) + ")",
                ComponentStatements.SourceFailureEvidence(service.Audit, evidence.FailedSources))
            .Because(evidence.FailedSources.Select(id => ComponentCauses.Unreadable(service.Audit, id)).ToArray());
    }
}
