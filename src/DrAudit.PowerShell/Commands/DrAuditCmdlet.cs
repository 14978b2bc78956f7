using System;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using System.Threading;
using DrAudit.Core.Loading.Definition;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Text;
using DrAudit.PowerShell.Paths;

namespace DrAudit.PowerShell.Commands
{
    /// <summary>What every DrAudit cmdlet shares: paths are resolved against the PowerShell location (not the process's),
    /// through the provider, so wildcards, PSPaths and client folders work the same on every -Client and -Path; and
    /// every message (verbose, warning, error) passes <see cref="SafeText.ForConsole"/> on its way to the host, so
    /// control characters from data never reach the console raw; and Ctrl+C cancels <see cref="StoppingToken"/>, the
    /// token every long-running core call is given (<see cref="RunStoppable"/>).</summary>
    public abstract class DrAuditCmdlet : PSCmdlet, IDisposable
    {
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();

        /// <summary>Cancelled when the user presses Ctrl+C (or the pipeline is stopped): pass it to the core, so the
        /// work itself stops (a source's requests cancelled, its connection closed), not only the pipeline.</summary>
        protected CancellationToken StoppingToken => _stopping.Token;

        /// <summary>Ctrl+C: cancels what was given <see cref="StoppingToken"/> (an audit, a fleet run, a source being read).</summary>
        protected override void StopProcessing() => _stopping.Cancel();

        /// <summary>Runs <paramref name="work"/>; when it ends because Ctrl+C cancelled <see cref="StoppingToken"/>, stops
        /// the pipeline the way PowerShell expects (<see cref="PipelineStoppedException"/>), never with an error record.
        /// Any other exception, including a cancellation the user did not ask for (a timeout), passes through.</summary>
        protected void RunStoppable(Action work)
        {
            try
            {
                work();
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
        }

        public void Dispose()
        {
            _stopping.Dispose();
            GC.SuppressFinalize(this);
        }

        protected new void WriteVerbose(string text) => base.WriteVerbose(SafeText.ForConsole(text));

        protected new void WriteWarning(string text) => base.WriteWarning(SafeText.ForConsole(text));

        protected new void WriteError(ErrorRecord errorRecord) => base.WriteError(Neutralised(errorRecord));

        protected new void ThrowTerminatingError(ErrorRecord errorRecord) => base.ThrowTerminatingError(Neutralised(errorRecord));

        /// <summary>The record with its displayed message (ErrorDetails, else the exception's) free of control characters.</summary>
        private static ErrorRecord Neutralised(ErrorRecord record)
        {
            var shown = record.ErrorDetails?.Message ?? record.Exception?.Message;
            if (shown == null) return record;
            var safe = SafeText.ForConsole(shown);
            if (safe == shown) return record;
            var details = new ErrorDetails(safe) { RecommendedAction = record.ErrorDetails?.RecommendedAction };
            record.ErrorDetails = details;
            return record;
        }

        /// <summary>The full file-system path for <paramref name="path"/>, relative to the current PowerShell location (no wildcards).</summary>
        protected string ResolvePath(string path) => SessionState.Path.GetUnresolvedProviderPathFromPSPath(path);

        /// <summary>The client definition files a -Client/-Path value names (a file, a folder's client.yaml, a wildcard's
        /// matches); writes DrAudit.ClientDefinitionNotFound for each that does not exist.</summary>
        protected IReadOnlyList<string> ResolveClientDefinitions(string path) =>
            ProviderPaths.ClientDefinitions(SessionState.Path, path, WriteError);

        /// <summary>The one client definition a -Client value names, loaded (a file, a folder's client.yaml, a wildcard
        /// matching one). Null after writing DrAudit.ClientDefinitionNotFound; stops the command when the value names
        /// several definitions (DrAudit.PathAmbiguous) or the definition does not load.</summary>
        protected ClientDefinition? ReadSingleClientDefinition(string client)
        {
            var files = ResolveClientDefinitions(client);
            if (files.Count > 1) ThrowTerminatingError(DrAuditErrors.PathAmbiguous(client, files));
            if (files.Count == 0) return null;
            var read = ClientDefinitionLoader.Read(files[0]);
            if (read.HasErrors || read.Definition == null) ThrowTerminatingError(DrAuditErrors.InvalidClientDefinition(read.Problems, files[0]));
            return read.Definition!;
        }

        /// <summary>Every path a -Path value names (wildcards resolved; a plain path as it is, existing or not);
        /// <paramref name="notFound"/> is written when a wildcard matches nothing.</summary>
        protected IReadOnlyList<string> ResolvePaths(string path, Func<string, ErrorRecord> notFound) =>
            ProviderPaths.Resolve(SessionState.Path, path, notFound, WriteError);

        /// <summary>-Show: opens what <paramref name="open"/> opens, writing DrAudit.ReportNotOpened (non-terminating: what
        /// was written stays written) when there is nothing to open or the system cannot open it.</summary>
        protected void ShowReport(Func<string> open, string target)
        {
            try
            {
                WriteVerbose("Opening " + open());
            }
            catch (Exception e) when (e is IOException || e is System.ComponentModel.Win32Exception || e is InvalidOperationException || e is PlatformNotSupportedException)
            {
                WriteError(DrAuditErrors.ReportNotOpened(e, target));
            }
        }

        /// <summary>The one path a value names (a wildcard must match exactly one item); null after writing an error.</summary>
        protected string? ResolveSinglePath(string path, Func<string, ErrorRecord> notFound) =>
            ProviderPaths.Single(SessionState.Path, path, notFound, WriteError);
    }
}
