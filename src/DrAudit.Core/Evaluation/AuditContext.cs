using System;
using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Model;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.RestoreOrder;
using DrAudit.Core.Sources;

namespace DrAudit.Core.Evaluation
{
    /// <summary>Everything a rule may look at: the definition, the audit's point in time, the sources, the
    /// evidence index and all restore tests (from the definition and from sources). Built once per audit.</summary>
    public sealed class AuditContext
    {
        public AuditContext(ClientDefinition definition, DateTimeOffset asOf, IReadOnlyList<SourceData> sources)
        {
            Definition = definition;
            AsOf = asOf;
            AuditWindow = definition.AuditWindow;
            Sources = sources;
            SourcesById = sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
            _components = new Dictionary<string, Component>(StringComparer.Ordinal);
            foreach (var component in definition.Components)
                if (!_components.ContainsKey(component.Id)) _components[component.Id] = component;
            _dependencies = new Lazy<DependencyGraph>(() => new DependencyGraph(definition));
            _cycles = new Lazy<IReadOnlyList<IReadOnlyList<string>>>(() => RestoreOrderResolver.FindCycles(Dependencies));
            Repositories = Attestation.AttestedRepositoryResolver.Resolve(sources, asOf);
            Warnings.AddRange(Repositories.Warnings);
            Evidence = EvidenceIndex.Build(definition, asOf, sources, Repositories);
            Environment = EnvironmentCoverage.Build(definition, asOf, sources);
            Warnings.AddRange(Environment.Warnings);
            RestoreTests = Model.Result.AuditInputs.RestoreTestsAt(definition, sources, asOf);
            Services = definition.Services.Select(s => new ServiceContext(this, s)).ToList();
        }

        private readonly Dictionary<string, Component> _components;
        private readonly Lazy<DependencyGraph> _dependencies;
        private readonly Lazy<IReadOnlyList<IReadOnlyList<string>>> _cycles;

        public ClientDefinition Definition { get; }
        public DateTimeOffset AsOf { get; }
        public Duration AuditWindow { get; }
        /// <summary>Start of the audit window: asOf minus auditWindow.</summary>
        public DateTimeOffset WindowStart => AsOf - AuditWindow.Value;
        public IReadOnlyList<SourceData> Sources { get; }
        public IReadOnlyDictionary<string, SourceData> SourcesById { get; }
        public EvidenceIndex Evidence { get; }
        /// <summary>Each readable source's repositories with attested facts filled in (v1.1), and what became of each attested fact.</summary>
        public Attestation.AttestedRepositoryResolver Repositories { get; }
        /// <summary>What accounts for every workload the sources discovered (v1.1, DR-16).</summary>
        public EnvironmentCoverage Environment { get; }
        /// <summary>Things the engineer should know that change no outcome by themselves (stale or contradicted
        /// attestations, stale accountedFor entries, ...); copied into the result and written to the host.</summary>
        public List<string> Warnings { get; } = new List<string>();
        /// <summary>Restore tests at or before asOf, oldest first.</summary>
        public IReadOnlyList<RestoreTest> RestoreTests { get; }
        public IReadOnlyList<ServiceContext> Services { get; }

        /// <summary>The component with this id, or null (a dictionary lookup: safe in loops over thousands).</summary>
        public Component? Component(string id) => _components.TryGetValue(id, out var c) ? c : null;

        /// <summary>The dependsOn graph of all components, made once per audit (each service's restore order reads it).</summary>
        internal DependencyGraph Dependencies => _dependencies.Value;

        /// <summary>Dependency cycles among all components, found once per audit.</summary>
        public IReadOnlyList<IReadOnlyList<string>> DependencyCycles => _cycles.Value;

        /// <summary>Age at asOf of something that happened at <paramref name="when"/>.</summary>
        public TimeSpan AgeOf(DateTimeOffset when) => AsOf - when;
    }
}
