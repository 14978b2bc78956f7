using System;
using System.Management.Automation;
using DrAudit.Core.Loading;
using DrAudit.Core.Loading.Definition;

namespace DrAudit.PowerShell.Commands
{
    /// <summary>Test-DrClientDefinition: every problem of a client definition, with line and column; -Quiet says only whether it loads.</summary>
    [Cmdlet(VerbsDiagnostic.Test, "DrClientDefinition")]
    [OutputType(typeof(DefinitionProblem), typeof(bool))]
    public sealed class TestDrClientDefinitionCommand : DrAuditCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("FullName", "Client")]
        [ValidateNotNullOrEmpty]
        public string[] Path { get; set; } = Array.Empty<string>();

        [Parameter]
        public SwitchParameter Quiet { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var path in Path)
            {
                if (Quiet)
                {
                    var full = ResolvePath(path);
                    WriteObject(System.IO.File.Exists(full) && !ClientDefinitionLoader.Read(full).HasErrors);
                    continue;
                }

                var file = ResolveExistingFile(path);
                if (file == null) continue;
                var result = ClientDefinitionLoader.Read(file);
                WriteVerbose($"{file}: {result.Problems.Count} problem(s).");
                foreach (var problem in result.Problems) WriteObject(problem);
            }
        }
    }
}
