using System;
using System.Collections.Generic;

namespace DrAudit.Core.Model.Renewal
{
    /// <summary>A DR exercise held in the period, as recorded in a pack's saved client definition.</summary>
    public sealed class RenewalExercise
    {
        public DateTimeOffset Date { get; set; }
        public string Kind { get; set; } = "";
        public List<string> Services { get; set; } = new List<string>();
        public int Actions { get; set; }
        /// <summary>Actions still open in the latest pack that records the exercise.</summary>
        public int ActionsOpen { get; set; }
        public string Pack { get; set; } = "";
        public string ManifestSha256 { get; set; } = "";
    }
}
