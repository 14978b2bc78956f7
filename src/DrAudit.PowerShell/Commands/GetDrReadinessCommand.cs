using System;
using System.Collections;
using System.Linq;
using System.Management.Automation;
using DrAudit.Core.Auditing;
using DrAudit.Core.Sources;
using DrAudit.Core.Loading;
using DrAudit.Core.Loading.Definition;
using DrAudit.Core.Model.Result;
using DrAudit.PowerShell.Hosting;

namespace DrAudit.PowerShell.Commands
{
    /// <summary>Get-DrReadiness: audits one or more clients and writes a readiness result for each.</summary>
    [Cmdlet(VerbsCommon.Get, "DrReadiness")]
    [OutputType(typeof(ReadinessResult))]
    public sealed class GetDrReadinessCommand : DrAuditCmdlet
    {
        /// <summary>Client definition files, folders holding a client.yaml, or wildcards.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Path", "FullName", "PSPath", "Definition")]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string[] Client { get; set; } = Array.Empty<string>();

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

        /// <summary>User name and password for every live source that needs one (e.g. a Veeam server).</summary>
        [Parameter]
        [Credential]
        public PSCredential? Credential { get; set; }

        /// <summary>Credentials by source id: @{ 'veeam-main' = (Get-Credential) }. Wins over -Credential.</summary>
        [Parameter]
        public Hashtable? SourceCredential { get; set; }

        /// <summary>Allows device-code sign-in (the code is shown as a warning) for each m365 source that has no certificate,
        /// secret or credential. Without it nothing ever prompts, so unattended runs fail the source instead of waiting.</summary>
        [Parameter]
        public SwitchParameter AllowPrompt { get; set; }

        protected override void ProcessRecord()
        {
            var host = new CmdletAuditHost(this);
            foreach (var file in Client.SelectMany(ResolveClientDefinitions))
            {
                try
                {
                    var read = ClientDefinitionLoader.Read(file);
                    if (read.HasErrors || read.Definition == null) throw new DefinitionException(read.Problems);
                    foreach (var warning in read.Problems.Where(p => p.Severity == ProblemSeverity.Warning)) WriteWarning(warning.ToString());
                    var options = new AuditOptions { AsOf = AsOf, Timeouts = new SourceTimeouts { RequestTimeout = RequestTimeout, Deadline = SourceDeadline } };
                    var credentials = SourceCredentials.Resolve(this, read.Definition.Sources, Credential, SourceCredential);
                    if (AllowPrompt) SourceCredentials.AllowDeviceCode(credentials, read.Definition.Sources);
                    foreach (var credential in credentials) options.Credentials[credential.Key] = credential.Value;
                    RunStoppable(() => WriteObject(ReadinessAuditor.Audit(read.Definition, options, host, StoppingToken)));
                }
                catch (DefinitionException e)
                {
                    ThrowTerminatingError(DrAuditErrors.InvalidClientDefinition(e, file));
                }
            }
        }
    }
}
