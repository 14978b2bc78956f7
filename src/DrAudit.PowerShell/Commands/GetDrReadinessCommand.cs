using System;
using System.Management.Automation;
using System.Threading;
using DrAudit.Core.Auditing;
using DrAudit.Core.Loading;
using DrAudit.Core.Model.Result;
using DrAudit.PowerShell.Hosting;

namespace DrAudit.PowerShell.Commands
{
    /// <summary>Get-DrReadiness: audits one or more clients and writes a readiness result for each.</summary>
    [Cmdlet(VerbsCommon.Get, "DrReadiness")]
    [OutputType(typeof(ReadinessResult))]
    public sealed class GetDrReadinessCommand : DrAuditCmdlet, IDisposable
    {
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Path", "FullName")]
        [ValidateNotNullOrEmpty]
        public string[] Client { get; set; } = Array.Empty<string>();

        [Parameter]
        [UtcDateTransformation]
        public DateTimeOffset? AsOf { get; set; }

        protected override void ProcessRecord()
        {
            var host = new CmdletAuditHost(this);
            var options = new AuditOptions { AsOf = AsOf };
            foreach (var client in Client)
            {
                var file = ResolveExistingFile(client);
                if (file == null) continue;
                try
                {
                    WriteObject(ReadinessAuditor.Audit(file, options, host, _stopping.Token));
                }
                catch (DefinitionException e)
                {
                    ThrowTerminatingError(DrAuditErrors.InvalidClientDefinition(e, file));
                }
                catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
                {
                    throw new PipelineStoppedException();
                }
            }
        }

        /// <summary>Ctrl+C: cancels the audit in progress.</summary>
        protected override void StopProcessing() => _stopping.Cancel();

        public void Dispose() => _stopping.Dispose();
    }
}
