using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using DrAudit.Core.Fleet;
using DrAudit.Core.Hosting;
using DrAudit.Core.Sources;
using DrAudit.Core.Packs;
using DrAudit.PowerShell.Hosting;

namespace DrAudit.PowerShell.Commands
{
    /// <summary>
    /// Invoke-DrAudit: audits a fleet of clients (a folder of definitions, list files, or definition files), up to
    /// -ThrottleLimit at once, writing each client's pack to &lt;OutputPath&gt;/&lt;client-id&gt;/&lt;yyyy-MM-dd&gt;/ (never
    /// over an earlier pack) and a fleet summary to &lt;OutputPath&gt;/_fleet/&lt;yyyy-MM-dd&gt;/. Writes one summary row per
    /// client as it finishes. A failing client is a warning and a Failed row; it never stops the others.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Invoke, "DrAudit", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(FleetClientSummary))]
    public sealed class InvokeDrAuditCommand : DrAuditCmdlet, IDisposable
    {
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
        private readonly List<string> _paths = new List<string>();

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("FullName", "PSPath", "Client", "Definition")]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string[] Path { get; set; } = Array.Empty<string>();

        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        public string OutputPath { get; set; } = "";

        [Parameter]
        [ValidateRange(1, 64)]
        public int ThrottleLimit { get; set; } = FleetAuditOptions.DefaultThrottleLimit;

        [Parameter]
        [UtcDateTransformation]
        public DateTimeOffset? AsOf { get; set; }

        /// <summary>Time for one request to a live source; wins over each source's requestTimeout (default 60 seconds).</summary>
        [Parameter]
        [ValidateTimeLimit(false)]
        public TimeSpan? RequestTimeout { get; set; }

        /// <summary>Time for reading one source in all; a source that runs over fails (NoVisibility). Wins over each source's deadline (default 10 minutes).</summary>
        [Parameter]
        [ValidateTimeLimit(true)]
        public TimeSpan? SourceDeadline { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public PackFormat[]? Format { get; set; }

        /// <summary>Signs every client's manifest.json (manifest.json.p7s): an X509Certificate2 with its private key, a
        /// thumbprint in the personal store, or a PFX file without a password.</summary>
        [Parameter]
        [ValidateNotNull]
        [SigningCertificateTransformation]
        public System.Security.Cryptography.X509Certificates.X509Certificate2? SigningCertificate { get; set; }

        /// <summary>Opens the fleet summary's fleet.html with the system's handler once the run is done.</summary>
        [Parameter]
        public SwitchParameter Show { get; set; }

        /// <summary>A branding file (mspName, logo, accentColor, templatePath) for every report and the fleet summary;
        /// default: branding.yaml in the folder of client definitions, if there is one.</summary>
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

        [Parameter]
        [ValidateSet("Client", "Internal")]
        public string Audience { get; set; } = "Client";

        [Parameter]
        [ValidateSet("Hosts")]
        public string[]? Redact { get; set; }

        protected override void ProcessRecord()
        {
            _paths.AddRange(Path.SelectMany(p => ResolvePaths(p, missing => DrAuditErrors.ClientDefinitionNotFound(missing))));
        }

        protected override void EndProcessing()
        {
            var root = ResolvePath(OutputPath);
            var options = new FleetAuditOptions
            {
                OutputRoot = root,
                ThrottleLimit = ThrottleLimit,
                AsOf = AsOf,
                Timeouts = new SourceTimeouts { RequestTimeout = RequestTimeout, Deadline = SourceDeadline },
                Formats = Format?.Aggregate((PackFormat)0, (all, one) => all | one),
                SigningCertificate = SigningCertificate,
            };
            try
            {
                var branded = BrandingPath != null || MspName != null || LogoPath != null || AccentColor != null;
                if (branded || !string.Equals(Audience, "Client", StringComparison.OrdinalIgnoreCase) || Redact != null)
                {
                    options.Html = branded
                        ? Core.Packs.Html.HtmlReportOptions.From(BrandingPath == null ? null : ResolvePath(BrandingPath), MspName,
                            LogoPath == null ? null : ResolvePath(LogoPath), AccentColor, null)
                        : new Core.Packs.Html.HtmlReportOptions();
                    options.Html.Audience = Core.Packs.Html.HtmlReportOptions.ParseAudience(Audience);
                    options.Html.RedactHosts = Redact != null && Redact.Length > 0;
                }
                // Every host call and WriteObject happens here, on the pipeline thread: the core's workers post to it.
                var run = FleetAuditor.Run(_paths, options, new CmdletAuditHost(this), WriteObject, _stopping.Token);
                if (Show && run.SummaryPack != null) ShowReport(() => PackReport.OpenFleetSummary(run.SummaryPack, SystemFileOpener.Instance), run.SummaryPack);
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
            catch (PackFormatNotAvailableException e)
            {
                ThrowTerminatingError(DrAuditErrors.FormatNotAvailable(e, e.Format));
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                ThrowTerminatingError(DrAuditErrors.PackWriteFailed(e, root));
            }
        }

        /// <summary>Ctrl+C: stops starting clients and cancels the audits in progress.</summary>
        protected override void StopProcessing() => _stopping.Cancel();

        public void Dispose() => _stopping.Dispose();
    }
}
