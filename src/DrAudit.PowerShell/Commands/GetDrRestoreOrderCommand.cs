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
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Path", "FullName")]
        [ValidateNotNullOrEmpty]
        public string Client { get; set; } = "";

        [Parameter(Position = 1)]
        [ValidateNotNullOrEmpty]
        public string[]? Service { get; set; }

        protected override void ProcessRecord()
        {
            var file = ResolveExistingFile(Client);
            if (file == null) return;
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
