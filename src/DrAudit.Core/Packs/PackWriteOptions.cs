using DrAudit.Core.Packs.Html;

namespace DrAudit.Core.Packs
{
    public sealed class PackWriteOptions
    {
        /// <summary>Every format this version writes: JSON, HTML and Excel.</summary>
        public const PackFormat AllFormats = PackFormat.Json | PackFormat.Html | PackFormat.Excel;

        public PackFormat Formats { get; set; } = AllFormats;
        /// <summary>Replace an existing pack (only once the new one is complete).</summary>
        public bool Force { get; set; }
        /// <summary>Branding and templates for report.html.</summary>
        public HtmlReportOptions Html { get; set; } = new HtmlReportOptions();
    }
}
