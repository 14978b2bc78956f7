using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Security.Cryptography.X509Certificates;
using DrAudit.Core.Packs;
using DrAudit.Core.Packs.Html;
using DrAudit.Core.Packs.Signing;
using DrAudit.Core.Storage;
using DrAudit.PowerShell.Hosting;

namespace DrAudit.PowerShell.Commands
{
    /// <summary>
    /// What the cmdlets that write packs share (Export-DrEvidencePack, Export-DrRenewalPack, Invoke-DrAudit): the
    /// branding of the report (-BrandingPath, -MspName, -LogoPath, -AccentColor), who it is for (-Audience, -Redact),
    /// signing (-SigningCertificate) and -Show, declared once and turned into the core's options one way.
    /// </summary>
    public abstract class PackWritingCmdlet : DrAuditCmdlet
    {
        /// <summary>A YAML or JSON file with mspName, logo, accentColor and templatePath for the HTML report.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? BrandingPath { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? MspName { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? LogoPath { get; set; }

        [Parameter]
        [ValidatePattern("^#[0-9a-fA-F]{6}$")]
        public string? AccentColor { get; set; }

        /// <summary>Client (default): business words only; Internal: evidence lines, source errors and paths too.</summary>
        [Parameter]
        [ValidateSet("Client", "Internal")]
        public string Audience { get; set; } = "Client";

        /// <summary>What to redact from the report: Hosts (host names and addresses).</summary>
        [Parameter]
        [ValidateSet("Hosts")]
        public string[]? Redact { get; set; }

        /// <summary>Signs manifest.json (manifest.json.p7s): an X509Certificate2 with its private key, a thumbprint in the
        /// personal store, or a PFX file without a password.</summary>
        [Parameter]
        [ValidateNotNull]
        [SigningCertificateTransformation]
        public X509Certificate2? SigningCertificate { get; set; }

        /// <summary>Opens what was written (a report, a renewal, a fleet summary) with the system's handler once it is written.</summary>
        [Parameter]
        public SwitchParameter Show { get; set; }

        /// <summary>True when any branding parameter was given.</summary>
        protected bool Branded => BrandingPath != null || MspName != null || LogoPath != null || AccentColor != null;

        /// <summary>The report options from the branding parameters (the branding file first, parameters over it), the
        /// template folder, the audience and redaction. Throws InvalidDataException for a missing or bad branding file,
        /// logo, colour or template folder.</summary>
        protected HtmlReportOptions ReportOptions(string? templatePath = null)
        {
            var html = HtmlReportOptions.From(Resolve(BrandingPath), MspName, Resolve(LogoPath), AccentColor, Resolve(templatePath));
            html.Audience = HtmlReportOptions.ParseAudience(Audience);
            html.RedactHosts = Redact != null && Redact.Length > 0;
            return html;
        }

        /// <summary>Pack options for <paramref name="formats"/> with the report options, the signing certificate, and
        /// the inputs -Force may never replace (the current location, the branding file).</summary>
        protected PackWriteOptions PackOptions(PackFormat[] formats, bool force, string? templatePath)
        {
            var options = new PackWriteOptions
            {
                Formats = formats.Aggregate((PackFormat)0, (all, one) => all | one),
                Force = force,
                SigningCertificate = SigningCertificate,
                Html = ReportOptions(templatePath),
            };
            options.ProtectedPaths.Add(SessionState.Path.CurrentFileSystemLocation.ProviderPath);
            if (BrandingPath != null) options.ProtectedPaths.Add(Resolve(BrandingPath)!);
            return options;
        }

        /// <summary>Runs <paramref name="write"/> (writing a pack to <paramref name="packPath"/>) and turns the pack
        /// writer's failures into DrAudit's error records, the same way for every pack cmdlet: a folder -Force may not
        /// replace or a certificate that cannot sign stop the command; an existing pack, bad branding or template, a
        /// format this pack cannot hold, or a folder that cannot be written are errors for this pack only.</summary>
        protected void WritingPack(string packPath, string? templatePath, Action write)
        {
            try
            {
                write();
            }
            catch (FolderNotReplaceableException e)
            {
                ThrowTerminatingError(DrAuditErrors.FolderNotReplaceable(e));
            }
            catch (SigningCertificateException e)
            {
                ThrowTerminatingError(SigningFailed(e));
            }
            catch (PackExistsException e)
            {
                WriteError(DrAuditErrors.PackExists(e, packPath));
            }
            catch (InvalidDataException e)
            {
                WriteError(DrAuditErrors.BrandingInvalid(e, BrandingPath ?? templatePath ?? LogoPath ?? packPath));
            }
            catch (HtmlTemplateException e)
            {
                WriteError(DrAuditErrors.TemplateInvalid(e, templatePath ?? packPath));
            }
            catch (PackFormatNotAvailableException e)
            {
                WriteError(DrAuditErrors.FormatNotAvailable(e, e.Format));
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                WriteError(DrAuditErrors.PackWriteFailed(e, packPath));
            }
        }

        /// <summary>The terminating record for a certificate that cannot sign.</summary>
        protected ErrorRecord SigningFailed(SigningCertificateException e) =>
            new ErrorRecord(e, ErrorIds.SigningFailed, ErrorCategory.SecurityError, SigningCertificate?.Thumbprint);

        protected string? Resolve(string? path) => path == null ? null : ResolvePath(path);
    }
}
