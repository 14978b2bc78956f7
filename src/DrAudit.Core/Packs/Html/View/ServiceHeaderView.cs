using System.Collections.Generic;

namespace DrAudit.Core.Packs.Html.View
{
    /// <summary>A service as a column of the controls matrix.</summary>
    public sealed class ServiceHeaderView
    {
        public string Id { get; set; } = "";
        /// <summary>The name shortened to fit a matrix column.</summary>
        public string Name { get; set; } = "";
        public string FullName { get; set; } = "";
        public string Anchor { get; set; } = "";
    }
}
