using System;
using System.Linq;
using System.Management.Automation;
using DrAudit.Core.Loading;
using DrAudit.Core.Loading.Definition;
using DrAudit.Core.RestoreOrder;

namespace DrAudit.PowerShell.Commands
{
    /// <summary>Get-DrRestoreOrder: each service's restore order as steps, documented or derived from dependsOn.</summary>
    [Cmdlet(VerbsCommon.Get, "DrRestoreOrder")]
    [OutputType(typeof(RestoreStep))]
    public sealed class GetDrRestoreOrderCommand : DrAuditCmdlet
    {
        /// <summary>Client definition files, folders holding a client.yaml, or wildcards.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Path", "FullName", "PSPath", "Definition")]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string[] Client { get; set; } = Array.Empty<string>();

        /// <summary>Only these services (ids complete from the -Client file).</summary>
        [Parameter(Position = 1)]
        [ArgumentCompleter(typeof(Completion.ServiceIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[]? Service { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var file in Client.SelectMany(ResolveClientDefinitions)) WriteSteps(file);
        }

        private void WriteSteps(string file)
        {
            var loaded = ClientDefinitionLoader.Read(file);
            if (loaded.HasErrors || loaded.Definition == null)
                ThrowTerminatingError(DrAuditErrors.InvalidClientDefinition(loaded.Problems, file));
            var definition = loaded.Definition!;
            foreach (var warning in loaded.Problems.Where(p => p.Severity == ProblemSeverity.Warning))
                WriteWarning(warning.ToString());

            var services = definition.Services.AsEnumerable();
            if (Service != null)
            {
                var missing = Service.Where(id => !definition.Services.Any(s => string.Equals(s.Id, id, StringComparison.OrdinalIgnoreCase)));
                foreach (var id in missing)
                    WriteError(DrAuditErrors.ServiceNotFound(id, file, definition.Services.Select(s => s.Id)));
                services = Service
                    .SelectMany(id => definition.Services.Where(s => string.Equals(s.Id, id, StringComparison.OrdinalIgnoreCase)))
                    .Distinct();
            }

            foreach (var service in services)
                WriteObject(RestoreOrderResolver.Steps(definition, service), enumerateCollection: true);
        }
    }
}
