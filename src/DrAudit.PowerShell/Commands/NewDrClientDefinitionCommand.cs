using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Onboarding;
using DrAudit.Core.Sources;
using DrAudit.PowerShell.Hosting;

namespace DrAudit.PowerShell.Commands
{
    /// <summary>New-DrClientDefinition: reads the given sources (live, capture or inventory file) and writes a draft client
    /// definition from what they protect and discover (docs/onboarding.md). Never replaces a file without -Force, never
    /// an input of the run, and never writes a secret. All the work is in <see cref="ClientDefinitionInitializer"/>.</summary>
    [Cmdlet(VerbsCommon.New, "DrClientDefinition", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(FileInfo))]
    public sealed class NewDrClientDefinitionCommand : DrAuditCmdlet
    {
        /// <summary>Sources as 'type=veeam,id=veeam-main,capture=./veeam-capture' strings or @{ type = 'veeam'; ... } hashtables.</summary>
        [Parameter(Position = 0)]
        [ArgumentCompleter(typeof(Completion.SourceSpecCompleter))]
        [ValidateNotNullOrEmpty]
        public object[]? Source { get; set; }

        /// <summary>The client.yaml to write.</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = "";

        /// <summary>An existing client definition (or a folder holding client.yaml) whose sources, client id, name, MSP and
        /// asOf the draft takes; it is never overwritten.</summary>
        [Parameter]
        [Alias("Definition")]
        [ValidateNotNullOrEmpty]
        public string? Client { get; set; }

        /// <summary>The client's id (default: the name of the folder -Path is in).</summary>
        [Parameter]
        [ValidatePattern("^[a-z0-9-]+$")]
        public string? ClientId { get; set; }

        /// <summary>The client's name (default: the id).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        /// <summary>The MSP's name on reports.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? MspName { get; set; }

        /// <summary>Read the sources as of this time and write it as asOf (a capture: the time it was taken).</summary>
        [Parameter]
        [UtcDateTransformation]
        public DateTimeOffset? AsOf { get; set; }

        [Parameter]
        [Credential]
        public PSCredential? Credential { get; set; }

        /// <summary>Credentials by source id: @{ 'veeam-main' = (Get-Credential) }. Wins over -Credential.</summary>
        [Parameter]
        public Hashtable? SourceCredential { get; set; }

        [Parameter]
        [ValidateTimeLimit(false)]
        public TimeSpan? RequestTimeout { get; set; }

        [Parameter]
        [ValidateTimeLimit(true)]
        public TimeSpan? SourceDeadline { get; set; }

        /// <summary>Replace an existing file (never an input of the run).</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void EndProcessing()
        {
            var request = new DraftRequest
            {
                OutputPath = ResolvePath(Path),
                ClientId = ClientId,
                ClientName = Name,
                Msp = MspName,
                AsOf = AsOf,
                Force = Force,
                Timeouts = new SourceTimeouts { RequestTimeout = RequestTimeout, Deadline = SourceDeadline },
            };
            if (Client != null && !AddExistingSources(request)) return;
            var here = SessionState.Path.CurrentFileSystemLocation.ProviderPath;
            try
            {
                foreach (var spec in Source ?? Array.Empty<object>()) request.Sources.Add(Parse(spec, here));
                if (request.Sources.Count == 0)
                    throw new ArgumentException("Name at least one source with -Source ('type=veeam,capture=./veeam-capture'), or an existing definition with -Client.");
                SourceSpec.AssignIds(request.Sources);
            }
            catch (ArgumentException e)
            {
                ThrowTerminatingError(new ErrorRecord(e, ErrorIds.SourceInvalid, ErrorCategory.InvalidArgument, Source));
            }
            foreach (var credential in SourceCredentials.Resolve(this, request.Sources, Credential, SourceCredential))
                request.Credentials[credential.Key] = credential.Value;

            try
            {
                RunStoppable(() =>
                {
                    var result = ClientDefinitionInitializer.Run(request, new CmdletAuditHost(this), StoppingToken);
                    foreach (var warning in result.Warnings) WriteWarning(warning.ToString());
                    if (!result.Written) return;
                    WriteVerbose($"Drafted {result.Draft.Components.Count} component(s) from {result.Draft.Sources.Count} source(s); " +
                                 $"{result.Draft.Undecided.Count} workload(s) nothing protects are listed for a decision. Search the file for DECIDE.");
                    WriteObject(new FileInfo(result.Path));
                });
            }
            catch (ArgumentException e)
            {
                ThrowTerminatingError(new ErrorRecord(e, ErrorIds.SourceInvalid, ErrorCategory.InvalidArgument, Path));
            }
            catch (IOException e) when (!Force && File.Exists(request.OutputPath))
            {
                ThrowTerminatingError(new ErrorRecord(e, ErrorIds.DefinitionExists, ErrorCategory.ResourceExists, request.OutputPath));
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                ThrowTerminatingError(new ErrorRecord(e, ErrorIds.DefinitionWriteFailed, ErrorCategory.WriteError, request.OutputPath));
            }
        }

        /// <summary>-Client: the sources and client details of an existing definition (which must load).</summary>
        private bool AddExistingSources(DraftRequest request)
        {
            var existing = ReadSingleClientDefinition(Client!);
            if (existing == null) return false;
            request.TakeFrom(existing);
            return true;
        }

        private static SourceDefinition Parse(object spec, string here)
        {
            var value = spec is PSObject wrapped ? wrapped.BaseObject : spec;
            if (value is string text) return SourceSpec.Parse(text, here);
            if (value is IDictionary table)
                return SourceSpec.FromPairs(table.Keys.Cast<object>().Select(k => new KeyValuePair<string, string>(k?.ToString() ?? "", table[k]?.ToString() ?? "")), here);
            throw new ArgumentException("A -Source is a 'type=...,key=value' string or a hashtable of the same keys, not a " + value?.GetType().Name + ".");
        }
    }
}
