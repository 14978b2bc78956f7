using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using DrAudit.Core.Loading;
using DrAudit.Core.Loading.Definition;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Sources;
using DrAudit.PowerShell.Hosting;

namespace DrAudit.PowerShell.Commands
{
    /// <summary>Save-DrSourceCapture: reads one live source of a client definition and saves its responses into a folder
    /// that <c>capture:</c> reads back, so an engineer can audit from a copy. Never saves a token or password; never
    /// replaces an existing folder without -Force.</summary>
    [Cmdlet(VerbsData.Save, "DrSourceCapture", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(DirectoryInfo))]
    public sealed class SaveDrSourceCaptureCommand : DrAuditCmdlet, IDisposable
    {
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();

        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Client { get; set; } = "";

        /// <summary>The id of the source in the client definition.</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        public string Source { get; set; } = "";

        /// <summary>The folder to write the capture into.</summary>
        [Parameter(Mandatory = true, Position = 2)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = "";

        [Parameter]
        [Credential]
        public PSCredential? Credential { get; set; }

        /// <summary>Replace a folder that already exists.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            var file = ResolveExistingFile(Client);
            if (file == null) return;
            var read = ClientDefinitionLoader.Read(file);
            if (read.HasErrors || read.Definition == null) ThrowTerminatingError(DrAuditErrors.InvalidClientDefinition(read.Problems, file));
            var definition = read.Definition!;
            var source = definition.FindSource(Source);
            if (source == null)
            {
                ThrowTerminatingError(new ErrorRecord(
                    new ItemNotFoundException("The client definition '" + file + "' has no source '" + Source + "'. Its sources are: " + string.Join(", ", definition.Sources.Select(s => s.Id)) + "."),
                    "DrAudit.SourceNotFound", ErrorCategory.ObjectNotFound, Source));
            }
            if (source!.Type != SourceDefinition.VeeamType || !string.IsNullOrEmpty(source.Capture))
            {
                ThrowTerminatingError(new ErrorRecord(
                    new PSNotSupportedException("Source '" + source.Id + "' is " + (string.IsNullOrEmpty(source.Capture) ? "of type " + source.Type : "already read from the capture " + source.Capture)
                        + "; Save-DrSourceCapture reads a live veeam source (url:)."),
                    "DrAudit.CaptureNotSupported", ErrorCategory.InvalidOperation, source.Id));
            }
            var target = ResolvePath(Path);
            if ((File.Exists(target) || (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())) && !Force)
            {
                ThrowTerminatingError(new ErrorRecord(
                    new IOException("'" + target + "' already exists. Use -Force to replace it, or choose another -Path."),
                    "DrAudit.CaptureExists", ErrorCategory.ResourceExists, target));
            }
            if (!ShouldProcess(target, "Save a capture of source '" + source.Id + "'")) return;

            var partial = target.TrimEnd(System.IO.Path.DirectorySeparatorChar, System.IO.Path.AltDirectorySeparatorChar) + ".partial-" + Guid.NewGuid().ToString("N");
            var host = new CmdletAuditHost(this);
            var context = new CollectionContext(definition.ResolveAsOf(DateTimeOffset.UtcNow), definition.AuditWindow, host) { Definition = definition, SaveCaptureTo = partial };
            foreach (var credential in SourceCredentials.Resolve(this, new[] { source }, Credential, null))
                context.Credentials[credential.Key] = credential.Value;
            try
            {
                var data = SourceCollectors.For(source.Type).Collect(source, context, _stopping.Token);
                if (!data.Ok)
                {
                    WriteError(new ErrorRecord(new InvalidOperationException(data.Error), "DrAudit.SourceCollectionFailed", ErrorCategory.ConnectionError, source.Id));
                    return;
                }
                if (File.Exists(target)) File.Delete(target);
                if (Directory.Exists(target)) Directory.Delete(target, recursive: true);
                Directory.Move(partial, target);
                WriteObject(new DirectoryInfo(target));
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                WriteError(new ErrorRecord(e, "DrAudit.CaptureWriteFailed", ErrorCategory.WriteError, target));
            }
            finally
            {
                if (Directory.Exists(partial)) Directory.Delete(partial, recursive: true);
            }
        }

        /// <summary>Ctrl+C: stops reading the source.</summary>
        protected override void StopProcessing() => _stopping.Cancel();

        public void Dispose() => _stopping.Dispose();
    }
}
