using System.Collections.Generic;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Evaluation.Rules.Support
{
    /// <summary>The quality of the evidence a per-component judgement used: the weakest quality among the
    /// readable sources the components are matched to. A judgement that rests on no source at all (the
    /// components match nothing) rests on the client definition alone: Poor.</summary>
    public static class ComponentEvidenceQuality
    {
        public static EvidenceQuality Weakest(ServiceContext service, IEnumerable<Component> components)
        {
            EvidenceQuality? weakest = null;
            foreach (var component in components) Weaken(ref weakest, service, component);
            return weakest ?? EvidenceQuality.Poor;
        }

        /// <summary>The weakest quality among the sources of the components the verdicts judged.</summary>
        public static EvidenceQuality Weakest(ServiceContext service, IReadOnlyList<ComponentVerdict> verdicts)
        {
            EvidenceQuality? weakest = null;
            foreach (var verdict in verdicts) Weaken(ref weakest, service, verdict.Component);
            return weakest ?? EvidenceQuality.Poor;
        }

        private static void Weaken(ref EvidenceQuality? weakest, ServiceContext service, Component component)
        {
            foreach (var sourceId in service.EvidenceFor(component).MatchedSources)
                if (service.Audit.SourcesById.TryGetValue(sourceId, out var source) && source.Ok)
                    if (weakest == null || source.Quality < weakest) weakest = source.Quality;
        }
    }
}
