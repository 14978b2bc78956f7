namespace DrAudit.Core.Packs.Html.View
{
    /// <summary>One line of the report's contents list.</summary>
    public sealed class ContentsEntryView
    {
        public string Anchor { get; set; } = "";
        public string Title { get; set; } = "";
    }
}
