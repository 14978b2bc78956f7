using System;
using System.Collections.Generic;

namespace DrAudit.Core.Model.Definition
{
    /// <summary>Evidence that a restore was actually done, how long it took and what was checked.</summary>
    public sealed class RestoreTest
    {
        /// <summary>Date of the test (00:00 UTC).</summary>
        public DateTimeOffset Date { get; set; }
        public string Service { get; set; } = "";
        /// <summary>Component ids; empty means all components of the service.</summary>
        public List<string> Components { get; set; } = new List<string>();
        public RestoreScope Scope { get; set; }
        public DateTimeOffset? PointInTime { get; set; }
        public Duration? Duration { get; set; }
        public RestoreResult Result { get; set; }
        public string? ValidatedBy { get; set; }
        public string? Validation { get; set; }
        public bool Exercise { get; set; }
        public string? Evidence { get; set; }
        /// <summary>Where the record came from: the definition file, a restore-test file, or a source id.</summary>
        public string Origin { get; set; } = "";
        /// <summary>How strong this record is as evidence (Poor for a plain statement; Excellent for a system-run test).</summary>
        public DrAudit.Core.Model.Result.EvidenceQuality Quality { get; set; } = DrAudit.Core.Model.Result.EvidenceQuality.Poor;
        public SourceLocation? Location { get; set; }
    }
}
