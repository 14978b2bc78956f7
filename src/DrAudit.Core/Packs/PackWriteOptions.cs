using System.Collections.Generic;
using DrAudit.Core.Packs.Html;

namespace DrAudit.Core.Packs
{
    public sealed class PackWriteOptions
    {
        /// <summary>What a pack holds unless told otherwise: JSON, HTML and Excel. The email digest
        /// (<see cref="PackFormat.Email"/>) is written only when asked for.</summary>
        public const PackFormat DefaultFormats = PackFormat.Json | PackFormat.Html | PackFormat.Excel;

        public PackFormat Formats { get; set; } = DefaultFormats;
        /// <summary>Replace an existing pack (only once the new one is complete). Only a DrAudit evidence pack (or an
        /// empty folder) is ever replaced: see <see cref="Storage.FolderReplacement"/>.</summary>
        public bool Force { get; set; }
        /// <summary>Files and folders Force must never delete beyond the result's own inputs, the logo and the template
        /// folder (which the writer adds itself): the caller's current folder, a branding file.</summary>
        public IList<string> ProtectedPaths { get; } = new List<string>();
        /// <summary>When set, manifest.json is signed with this certificate (it must hold its private key) into
        /// manifest.json.p7s: see <see cref="Signing.ManifestSignature"/>.</summary>
        public System.Security.Cryptography.X509Certificates.X509Certificate2? SigningCertificate { get; set; }
        /// <summary>Branding and templates for report.html.</summary>
        public HtmlReportOptions Html { get; set; } = new HtmlReportOptions();
    }
}
