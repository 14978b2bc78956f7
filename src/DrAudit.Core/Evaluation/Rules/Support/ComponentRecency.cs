using System.Collections.Generic;
using DrAudit.Core.Model;
using DrAudit.Core.Model.Definition;

namespace DrAudit.Core.Evaluation.Rules.Support
{
    /// <summary>Whether a component's newest good restore point is within the service's RPO at asOf
    /// (E8-RB-01, DR-03). A point exactly RPO old is within it. Weight: the age in hours; no point at all
    /// weighs <see cref="NoPointWeight"/>.</summary>
    public static class ComponentRecency
    {
        public const double NoPointWeight = 1e5;

        public static ComponentVerdict Verdict(ServiceContext service, Component component)
        {
            var evidence = service.EvidenceFor(component);
            if (!evidence.Visible) return ComponentVerdict.Invisible(service, evidence);
            var rpo = service.Targets.Rpo;
            var newest = evidence.NewestGoodPoint;
            if (newest == null)
                return ComponentVerdict.NotMet(component, evidence,
                        static e => $"{e.Component.Name} has no good restore point", NoPointEvidence, NoPointWeight)
                    .Because(ComponentCauses.NoGoodPoint(service, component));
            var age = service.Audit.AgeOf(newest.Value.Time);
            var facts = (evidence, age, rpo);
            if (age > rpo.Value)
                return ComponentVerdict.NotMet(component, facts,
                    static f => $"{ComponentStatements.Possessive(f.evidence.Component.Name)} newest good restore point is {DurationWords.Of(f.age)} old (the business accepts {f.rpo.ToWords()})",
                    static f => new[] { NewestPointLine(f.evidence.NewestGoodPoint!.Value, f.age) }, age.TotalHours).Because(Causes.CauseReference.OutOfDate(component));
            return ComponentVerdict.Met(component, facts,
                static f => $"{ComponentStatements.Possessive(f.evidence.Component.Name)} newest good restore point is {DurationWords.Of(f.age)} old",
                static f => new[] { NewestPointLine(f.evidence.NewestGoodPoint!.Value, f.age) }, age.TotalHours);
        }

        /// <summary>The state and weight <see cref="Verdict"/> gives a component whose sources could all be read, without
        /// its words: for a control that only needs to know whether the component is recent enough.</summary>
        public static ComponentState StateOf(ServiceContext service, ComponentEvidence evidence, out double weight)
        {
            var newest = evidence.NewestGoodPoint;
            if (newest == null)
            {
                weight = NoPointWeight;
                return ComponentState.NotMet;
            }
            var age = service.Audit.AgeOf(newest.Value.Time);
            weight = age.TotalHours;
            return age > service.Targets.Rpo.Value ? ComponentState.NotMet : ComponentState.Met;
        }

        /// <summary>"main: point of 'db' at 2026-10-31 22:00Z in 'nas' by job 'j': newest good point, 2 hours old".</summary>
        private static string NewestPointLine(PointEvidence newest, System.TimeSpan age) =>
            EvidenceLineBuilder.Finish(EvidenceLineBuilder.Start().AppendPoint(newest).Append(": newest good point, ").Append(DurationWords.Of(age)).Append(" old"));

        /// <summary>Evidence for a component without a good point: what its sources did hold.</summary>
        public static IEnumerable<string> NoPointEvidence(ComponentEvidence evidence)
        {
            var where = evidence.MatchedSources.Count == 0 ? "definition" : string.Join(", ", evidence.MatchedSources);
            var line = $"{where}: no good restore point of {evidence.Component.Name} at or before asOf";
            if (evidence.FailedPoints > 0 || evidence.UnverifiedPoints > 0)
                line += $" ({ComponentStatements.N(evidence.FailedPoints)} from failed runs, {ComponentStatements.N(evidence.UnverifiedPoints)} from runs of unknown result)";
            return new[] { line };
        }
    }
}
