using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Comparison
{
    /// <summary>One root cause key and what became of it: new, still open or resolved. Title and severity are the
    /// newer audit's, or the older one's for a resolved cause.</summary>
    public sealed class RootCauseChange
    {
        public string Key { get; set; } = "";
        public string Title { get; set; } = "";
        public FindingChangeKind Change { get; set; }
        public Severity Severity { get; set; }
        /// <summary>How many findings it explains in the newer audit (the older one's for a resolved cause).</summary>
        public int Findings { get; set; }
    }
}
