using System.Collections.Generic;

namespace DrAudit.Core.Model.Result
{
    /// <summary>A non-Effective outcome stated for people. <see cref="Key"/> is stable across runs
    /// ("DR-03/payroll", or the control id alone for a client-level control).</summary>
    public sealed class Finding
    {
        public string Key { get; set; } = "";
        public string Control { get; set; } = "";
        public string? Service { get; set; }
        public Outcome Outcome { get; set; }
        public Severity Severity { get; set; }
        public string Statement { get; set; } = "";
        public string Remediation { get; set; } = "";
        public List<string> Evidence { get; set; } = new List<string>();
    }
}
