using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Comparison
{
    /// <summary>One finding key and what became of it. Statement and severity are the newer audit's, or the older
    /// one's for a resolved finding.</summary>
    public sealed class FindingChange
    {
        public string Key { get; set; } = "";
        public string Control { get; set; } = "";
        public string? Service { get; set; }
        public FindingChangeKind Change { get; set; }
        public Severity Severity { get; set; }
        /// <summary>The finding's outcome in the older audit; null for a new finding.</summary>
        public Outcome? Before { get; set; }
        /// <summary>The finding's outcome in the newer audit; null for a resolved finding.</summary>
        public Outcome? After { get; set; }
        public string Statement { get; set; } = "";
    }
}
