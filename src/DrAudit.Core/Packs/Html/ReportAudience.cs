namespace DrAudit.Core.Packs.Html
{
    /// <summary>Who report.html is for. <see cref="Client"/> (the default): business words only, no local paths, no
    /// client-definition keys, no evidence lines, no source error text (those are the engineer's: console and the
    /// workbook's Sources sheet). <see cref="Internal"/>: everything, for the MSP's own engineers.</summary>
    public enum ReportAudience
    {
        Client,
        Internal,
    }
}
