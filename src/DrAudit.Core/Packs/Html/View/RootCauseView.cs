using System.Collections.Generic;

namespace DrAudit.Core.Packs.Html.View
{
    /// <summary>A root cause as "What to fix" shows it: what is wrong, the services and controls it affects, one remediation.
    /// Root causes of the same kind and severity that repeat (see <see cref="RootCauseGroups"/>) are drawn as one item:
    /// <see cref="Grouped"/> is then true and <see cref="Keys"/> holds every cause's key.</summary>
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
        /// <summary>"7 findings", or "153 root causes, 153 findings" for a group.</summary>
        public string FindingsText { get; set; } = "";
        /// <summary>True when this item stands for several root causes of one kind.</summary>
        public bool Grouped { get; set; }
        /// <summary>The key of every root cause the item stands for (one, unless grouped).</summary>
        public List<string> Keys { get; set; } = new List<string>();
        /// <summary>For a group: the first causes' titles (what each names: a component, a storage location, an action).</summary>
        public List<string> Members { get; set; } = new List<string>();
        /// <summary>For a group whose causes are not all in <see cref="Members"/>: "and 145 more, each in ...".</summary>
        public string MembersMoreText { get; set; } = "";
    }
}
