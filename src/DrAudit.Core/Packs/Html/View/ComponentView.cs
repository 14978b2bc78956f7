using System.Collections.Generic;

namespace DrAudit.Core.Packs.Html.View
{
    /// <summary>A component of a service and what protects it.</summary>
    public sealed class ComponentView
    {
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public string Kind { get; set; } = "";
        /// <summary>The kind in words ("Microsoft 365 mailbox"), as the report shows it.</summary>
        public string KindText { get; set; } = "";
        public bool NeedsBackup { get; set; }
        public string NoBackupReason { get; set; } = "";
        public List<string> Jobs { get; set; } = new List<string>();
        public List<RepositoryView> Repositories { get; set; } = new List<RepositoryView>();
        /// <summary>"Onsite NAS, Cloud": the repositories holding its copies (described once per service).</summary>
        public string RepositoriesText { get; set; } = "";
        public string NewestGoodPoint { get; set; } = "";
        /// <summary>Exactly readiness.json's newestGoodPointAgeHours, e.g. "17" or "0.75"; empty when none.</summary>
        public string AgeHours { get; set; } = "";
        public string AgeWords { get; set; } = "";
        /// <summary>The age as the report shows it: "17 h", "12 h 40 min", "45 min".</summary>
        public string AgeText { get; set; } = "";
        public bool Visible { get; set; }
    }
}
