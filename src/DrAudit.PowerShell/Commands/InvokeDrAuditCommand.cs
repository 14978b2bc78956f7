using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
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
    public sealed class InvokeDrAuditCommand : PackWritingCmdlet
    {
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
                // Without any report parameter the fleet finds branding.yaml beside the client definitions itself.
                if (Branded || !string.Equals(Audience, "Client", StringComparison.OrdinalIgnoreCase) || Redact != null)
                    options.Html = ReportOptions();
                // Every host call and WriteObject happens here, on the pipeline thread: the core's workers post to it.
                RunStoppable(() =>
                {
                    var run = FleetAuditor.Run(_paths, options, new CmdletAuditHost(this), WriteObject, StoppingToken);
                    // The clients' packs are written; only the summary is missing: an error for it, not for the run.
                    if (run.SummaryError != null) WriteError(DrAuditErrors.PackWriteFailed(run.SummaryError, System.IO.Path.Combine(root, FleetAuditor.SummaryFolder)));
                    if (Show && run.SummaryPack != null) ShowReport(() => PackReport.OpenFleetSummary(run.SummaryPack, SystemFileOpener.Instance), run.SummaryPack);
                });
            }
            catch (PackFormatNotAvailableException e)
            {
                ThrowTerminatingError(DrAuditErrors.FormatNotAvailable(e, e.Format));
            }
            catch (DrAudit.Core.Storage.FolderNotReplaceableException e)
            {
                ThrowTerminatingError(DrAuditErrors.FolderNotReplaceable(e));
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                ThrowTerminatingError(DrAuditErrors.PackWriteFailed(e, root));
            }
        }
    }
}
