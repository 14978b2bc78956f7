using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using DrAudit.Core.Sources;
using DrAudit.Core.Storage;
using DrAudit.PowerShell.Hosting;

namespace DrAudit.PowerShell.Commands
{
    /// <summary>Save-DrSourceCapture: reads one live source of a client definition and saves its responses into a folder
    /// that <c>capture:</c> reads back, so an engineer can audit from a copy. Never saves a token or password; never
    /// replaces an existing folder without -Force.</summary>
    [Cmdlet(VerbsData.Save, "DrSourceCapture", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(DirectoryInfo))]
    public sealed class SaveDrSourceCaptureCommand : DrAuditCmdlet
    {
        /// <summary>The client definition file, or a folder holding a client.yaml (a wildcard must match one).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("FullName", "PSPath", "Definition")]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string Client { get; set; } = "";

        /// <summary>The id of the source in the client definition (live veeam, m365 and vb365 sources complete from -Client).</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [ArgumentCompleter(typeof(Completion.CapturableSourceIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string Source { get; set; } = "";

        /// <summary>The folder to write the capture into.</summary>
        [Parameter(Mandatory = true, Position = 2)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = "";

        [Parameter]
        [Credential]
        public PSCredential? Credential { get; set; }

        /// <summary>Time for one request to the source; wins over its requestTimeout (default 60 seconds).</summary>
        [Parameter]
        [ValidateTimeLimit(false)]
        public TimeSpan? RequestTimeout { get; set; }

        /// <summary>Time for reading the source in all; wins over its deadline (default 10 minutes).</summary>
        [Parameter]
        [ValidateTimeLimit(true)]
        public TimeSpan? SourceDeadline { get; set; }

        /// <summary>Replace a folder that already exists.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            var definition = ReadSingleClientDefinition(Client);
            if (definition == null) return;
            var target = ResolvePath(Path);
            try
            {
                var source = SourceCaptureWriter.CapturableSource(definition, Source);
                var credentials = SourceCredentials.Resolve(this, new[] { source }, Credential, null);
                RunStoppable(() =>
                {
                    var data = SourceCaptureWriter.Save(definition, Source, target, Force, credentials, new CmdletAuditHost(this), StoppingToken,
                        new[] { SessionState.Path.CurrentFileSystemLocation.ProviderPath },
                        new SourceTimeouts { RequestTimeout = RequestTimeout, Deadline = SourceDeadline });
                    if (data == null) return;
                    if (data.Ok) WriteObject(new DirectoryInfo(target));
                    else WriteError(new ErrorRecord(new InvalidOperationException(data.Error), ErrorIds.SourceCollectionFailed, ErrorCategory.ConnectionError, Source));
                });
            }
            catch (ArgumentException e)
            {
                ThrowTerminatingError(new ErrorRecord(e, ErrorIds.SourceNotFound, ErrorCategory.ObjectNotFound, Source));
            }
            catch (NotSupportedException e)
            {
                ThrowTerminatingError(new ErrorRecord(e, ErrorIds.CaptureNotSupported, ErrorCategory.InvalidOperation, Source));
            }
            catch (FolderNotReplaceableException e)
            {
                ThrowTerminatingError(DrAuditErrors.FolderNotReplaceable(e));
            }
            catch (IOException e) when (File.Exists(target) || Directory.Exists(target))
            {
                ThrowTerminatingError(new ErrorRecord(e, Force ? ErrorIds.CaptureWriteFailed : ErrorIds.CaptureExists,
                    Force ? ErrorCategory.WriteError : ErrorCategory.ResourceExists, target));
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                WriteError(new ErrorRecord(e, ErrorIds.CaptureWriteFailed, ErrorCategory.WriteError, target));
            }
        }
    }
}
