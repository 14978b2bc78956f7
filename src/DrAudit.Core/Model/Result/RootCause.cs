using System.Collections.Generic;

namespace DrAudit.Core.Model.Result
{
    /// <summary>One cause behind one or more findings (controls.md "Root causes"): every finding belongs to exactly
    /// one root cause. <see cref="Key"/> is stable across runs ("component/lic01/no-backup",
    /// "source/veeam-main/unreadable", or "finding/DR-09/email" for a finding that is a cause of its own).</summary>
    public sealed class RootCause
    {
        public string Key { get; set; } = "";
        /// <summary>What is wrong, in business words.</summary>
        public string Title { get; set; } = "";
        /// <summary>The severity of its worst finding.</summary>
        public Severity Severity { get; set; }
        /// <summary>Ids of the services its findings name, in the client definition's order (a finding for a control
        /// judged once for the client names none).</summary>
        public List<string> Services { get; set; } = new List<string>();
        /// <summary>Ids of the controls its findings fail, in catalogue order.</summary>
        public List<string> Controls { get; set; } = new List<string>();
        /// <summary>Keys of the findings it explains, in the findings' order.</summary>
        public List<string> Findings { get; set; } = new List<string>();
        /// <summary>The one thing to do about it.</summary>
        public string Remediation { get; set; } = "";
    }
}
