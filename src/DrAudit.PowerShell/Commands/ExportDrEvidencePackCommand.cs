using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Security.Cryptography.X509Certificates;
using DrAudit.Core.Comparison;
using DrAudit.Core.Hosting;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Packs;
using DrAudit.Core.Packs.Html;
using DrAudit.Core.Packs.Signing;
using DrAudit.Core.Storage;
using DrAudit.PowerShell.Hosting;

namespace DrAudit.PowerShell.Commands
{
    /// <summary>Export-DrEvidencePack: writes a readiness result as an evidence pack folder (readiness.json, client/,
    /// inventories/, report.html, evidence.xlsx, manifest.json). Never replaces an existing pack without -Force.</summary>
    [Cmdlet(VerbsData.Export, "DrEvidencePack", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(PackWriteResult))]
    public sealed class ExportDrEvidencePackCommand : DrAuditCmdlet
    {
        [Parameter(Mandatory = true, ValueFromPipeline = true)]
        [ValidateNotNull]
        public ReadinessResult? InputObject { get; set; }

        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = "";

        [Parameter]
        [ValidateNotNullOrEmpty]
        public PackFormat[] Format { get; set; } = { PackFormat.Json, PackFormat.Html, PackFormat.Excel };

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

        /// <summary>A folder of templates (a copy of the module's templates/) that replace the built-in ones file by file.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? TemplatePath { get; set; }

        /// <summary>Client (default): business words only; Internal: evidence lines, source errors and paths too.</summary>
        [Parameter]
        [ValidateSet("Client", "Internal")]
        public string Audience { get; set; } = "Client";

        /// <summary>What to redact from the report: Hosts (host names and addresses).</summary>
        [Parameter]
        [ValidateSet("Hosts")]
        public string[]? Redact { get; set; }

        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <summary>Signs manifest.json (manifest.json.p7s): an X509Certificate2 with its private key, a thumbprint in the
        /// personal store, or a PFX file without a password.</summary>
        [Parameter]
        [ValidateNotNull]
        [SigningCertificateTransformation]
        public X509Certificate2? SigningCertificate { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <summary>Opens the pack's report.html with the system's handler (usually the browser) once it is written.</summary>
        [Parameter]
        public SwitchParameter Show { get; set; }

        /// <summary>The client's previous evidence pack: the new pack gets a "since the last audit" comparison with it.</summary>
        [Parameter]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string? PreviousPack { get; set; }

        protected override void ProcessRecord()
        {
            var packPath = ResolvePath(Path);
            if (PreviousPack != null && !AddComparison(packPath)) return;
            try
            {
                var options = new PackWriteOptions
                {
                    Formats = Format.Aggregate((PackFormat)0, (all, one) => all | one),
                    Force = Force,
                    SigningCertificate = SigningCertificate,
                    Html = HtmlReportOptions.From(Resolve(BrandingPath), MspName, Resolve(LogoPath), AccentColor, Resolve(TemplatePath)),
                };
                options.ProtectedPaths.Add(SessionState.Path.CurrentFileSystemLocation.ProviderPath);
                if (BrandingPath != null) options.ProtectedPaths.Add(Resolve(BrandingPath)!);
                options.Html.Audience = HtmlReportOptions.ParseAudience(Audience);
                options.Html.RedactHosts = Redact != null && Redact.Length > 0;
                var written = EvidencePackWriter.Write(InputObject!, packPath, options, new CmdletAuditHost(this));
                if (written.Written && PassThru) WriteObject(written);
                if (written.Written && Show) ShowReport(() => PackReport.Open(written.Path, SystemFileOpener.Instance), written.Path);
            }
            catch (FolderNotReplaceableException e)
            {
                ThrowTerminatingError(DrAuditErrors.FolderNotReplaceable(e));
            }
            catch (SigningCertificateException e)
            {
                ThrowTerminatingError(new ErrorRecord(e, ErrorIds.SigningFailed, ErrorCategory.SecurityError, SigningCertificate?.Thumbprint));
            }
            catch (PackExistsException e)
            {
                WriteError(DrAuditErrors.PackExists(e, packPath));
            }
            catch (InvalidDataException e)
            {
                WriteError(DrAuditErrors.BrandingInvalid(e, BrandingPath ?? TemplatePath ?? LogoPath ?? packPath));
            }
            catch (HtmlTemplateException e)
            {
                WriteError(DrAuditErrors.TemplateInvalid(e, TemplatePath ?? packPath));
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

        /// <summary>Sets the result's SinceLastAudit from -PreviousPack; false (after writing an error) when it cannot.</summary>
        private bool AddComparison(string packPath)
        {
            var previous = ResolveSinglePath(PreviousPack!, ComparisonErrors.NoPackMatches);
            if (previous == null) return false;
            try
            {
                InputObject!.SinceLastAudit = ReadinessComparer.Compare(EvidencePackReader.Read(previous), InputObject,
                    EvidencePackReader.PackName(previous), System.IO.Path.GetFileName(packPath.TrimEnd(System.IO.Path.DirectorySeparatorChar, System.IO.Path.AltDirectorySeparatorChar)));
                return true;
            }
            catch (FileNotFoundException e)
            {
                WriteError(ComparisonErrors.PackNotFound(e, previous));
            }
            catch (Exception e) when (e is ComparisonException || e is IOException || e is UnauthorizedAccessException)
            {
                WriteError(ComparisonErrors.ComparisonFailed(e, previous));
            }
            return false;
        }

        private string? Resolve(string? path) => path == null ? null : ResolvePath(path);
    }
}
