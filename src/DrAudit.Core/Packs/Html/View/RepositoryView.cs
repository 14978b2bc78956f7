using System.Collections.Generic;

namespace DrAudit.Core.Packs.Html.View
{
    /// <summary>A repository holding a component's good points, with what makes it a safe copy.</summary>
    public sealed class RepositoryView
    {
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public string Location { get; set; } = "";
        /// <summary>True for offsite, cloud or offline.</summary>
        public bool OffSite { get; set; }
        public string Immutable { get; set; } = "";
        public string Encrypted { get; set; } = "";
        public bool Known { get; set; }
    }
}
