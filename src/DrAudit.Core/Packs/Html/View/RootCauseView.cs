using System.Collections.Generic;

namespace DrAudit.Core.Packs.Html.View
{
    /// <summary>A root cause as "What to fix" shows it: what is wrong, the services and controls it affects, one remediation.</summary>
    public sealed class RootCauseView
    {
        public string Key { get; set; } = "";
        public string Title { get; set; } = "";
        /// <summary>high | medium | low, as in readiness.json (for CSS classes).</summary>
        public string Severity { get; set; } = "";
        /// <summary>High | Medium | Low: the one spelling people read.</summary>
        public string SeverityLabel { get; set; } = "";
        /// <summary>Service names, or "All services" for a cause judged for the whole client.</summary>
        public List<string> Services { get; set; } = new List<string>();
        /// <summary>"E8-RB-01 Backups are performed ...".</summary>
        public List<string> Controls { get; set; } = new List<string>();
        public string Remediation { get; set; } = "";
        /// <summary>"7 findings".</summary>
        public string FindingsText { get; set; } = "";
    }
}
