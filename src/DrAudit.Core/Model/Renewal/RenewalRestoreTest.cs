using System;
using System.Collections.Generic;

namespace DrAudit.Core.Model.Renewal
{
    /// <summary>A restore test of the period, as recorded in a pack's saved client definition, with the RTO it proved.</summary>
    public sealed class RenewalRestoreTest
    {
        public DateTimeOffset Date { get; set; }
        public string Service { get; set; } = "";
        public string ServiceName { get; set; } = "";
        public List<string> Components { get; set; } = new List<string>();
        /// <summary>"Full", "Component", ... as the definition records it.</summary>
        public string Scope { get; set; } = "";
        /// <summary>"Success", "Partial", "Failed".</summary>
        public string Result { get; set; } = "";
        public bool Exercise { get; set; }
        /// <summary>How long the restore took, in hours; null when not recorded.</summary>
        public double? DurationHours { get; set; }
        /// <summary>The service's RTO when the test was recorded, in hours.</summary>
        public double? RtoHours { get; set; }
        /// <summary>Succeeded within the RTO; false when slower or not successful; null when no duration was recorded.</summary>
        public bool? RtoProven { get; set; }
        /// <summary>The first pack that recorded it.</summary>
        public string Pack { get; set; } = "";
        public string ManifestSha256 { get; set; } = "";
    }
}
