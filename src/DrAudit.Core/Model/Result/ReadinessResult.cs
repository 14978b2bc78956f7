using System;
using System.Collections.Generic;

namespace DrAudit.Core.Model.Result
{
    /// <summary>The readiness result (<c>draudit/v1</c>, kind <c>Readiness</c>): see result.md.
    /// Serialised to <c>readiness.json</c> by <see cref="Packs.ReadinessJson"/> (camelCase).</summary>
    public sealed class ReadinessResult
    {
        public string ApiVersion { get; set; } = "draudit/v1";
        public string Kind { get; set; } = "Readiness";
        public ClientSummary Client { get; set; } = new ClientSummary();
        public DateTimeOffset AsOf { get; set; }
        public DateTimeOffset GeneratedAt { get; set; }
        public string ToolVersion { get; set; } = "";
        /// <summary>How far back job runs were judged, e.g. "35d".</summary>
        public string AuditWindow { get; set; } = "";
        public List<SourceStatus> Sources { get; set; } = new List<SourceStatus>();
        public EssentialEightResult EssentialEight { get; set; } = new EssentialEightResult();
        public DrReadinessResult DrReadiness { get; set; } = new DrReadinessResult();
        public List<ServiceReadiness> Services { get; set; } = new List<ServiceReadiness>();
        public List<Finding> Findings { get; set; } = new List<Finding>();
        public List<ExceptionStatus> Exceptions { get; set; } = new List<ExceptionStatus>();
        /// <summary>False when any source could not be read: the audit is incomplete, and every report made from it says so first.</summary>
        public bool Complete { get; set; } = true;
        /// <summary>The findings grouped by cause (controls.md "Root causes"), most severe first.</summary>
        public List<RootCause> RootCauses { get; set; } = new List<RootCause>();
        /// <summary>Every workload the sources discovered and what accounts for it (v1.1, DR-16); empty when none enumerated.</summary>
        public List<DiscoveredWorkloadStatus> Discovered { get; set; } = new List<DiscoveredWorkloadStatus>();
        /// <summary>Every attested repository fact (client definition sources[].repositories, v1.1) and what became of it.</summary>
        public List<AttestedFactUse> AttestedFacts { get; set; } = new List<AttestedFactUse>();
        /// <summary>What the engineer should know that changes no outcome by itself: stale or contradicted attestations,
        /// stale accountedFor entries, controls recorded as not implemented that the evidence shows met.</summary>
        public List<string> Warnings { get; set; } = new List<string>();
        /// <summary>What changed since the client's previous evidence pack, when one was given or found; null otherwise.</summary>
        public Comparison.ReadinessComparison? SinceLastAudit { get; set; }
        /// <summary>What the result was scored on (not serialised into readiness.json; the pack saves it beside).</summary>
        public AuditInputs? Inputs { get; set; }
    }
}
