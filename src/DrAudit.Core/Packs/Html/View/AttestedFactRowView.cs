namespace DrAudit.Core.Packs.Html.View
{
    /// <summary>One attested repository fact in the report.</summary>
    public sealed class AttestedFactRowView
    {
        public string Source { get; set; } = "";
        public string Repository { get; set; } = "";
        public string Fact { get; set; } = "";
        public string Value { get; set; } = "";
        public string Reported { get; set; } = "";
        public string AttestedBy { get; set; } = "";
        public string AttestedOn { get; set; } = "";
        public string Status { get; set; } = "";
        /// <summary>The fact, what the source reports and what became of it, in words for the client.</summary>
        public string FactText { get; set; } = "";
        public string ReportedText { get; set; } = "";
        public string StatusText { get; set; } = "";
    }
}
