using System;
using System.Collections.Generic;
using System.Management.Automation;
using DrAudit.Core.Loading;
using DrAudit.Core.Loading.Definition;
using DrAudit.PowerShell.Paths;

namespace DrAudit.PowerShell.Commands
{
    /// <summary>Test-DrClientDefinition: checks client definitions and writes one result per file (IsValid and every
    /// problem with file, line and column). Each error is also written as a non-terminating DrAudit.DefinitionProblem
    /// error and each warning as a warning, as Test-ModuleManifest does; -Quiet writes only $true or $false per file.</summary>
    [Cmdlet(VerbsDiagnostic.Test, "DrClientDefinition")]
    [OutputType(typeof(DefinitionValidation), typeof(bool))]
    public sealed class TestDrClientDefinitionCommand : DrAuditCmdlet
    {
        /// <summary>Client definition files, folders holding a client.yaml, or wildcards.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("FullName", "PSPath", "Client", "Definition")]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string[] Path { get; set; } = Array.Empty<string>();

        /// <summary>Writes only $true (loads) or $false per file: no result object, errors or warnings.</summary>
        [Parameter]
        public SwitchParameter Quiet { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var path in Path)
            {
                if (Quiet)
                {
                    var files = ProviderPathsQuietly(path);
                    if (files.Count == 0) WriteObject(false);
                    foreach (var file in files) WriteObject(DefinitionValidation.Of(file).IsValid);
                    continue;
                }

                foreach (var file in ResolveClientDefinitions(path))
                {
                    var validation = DefinitionValidation.Of(file);
                    WriteVerbose(validation.ToString());
                    foreach (var problem in validation.Problems)
                    {
                        if (problem.Severity == ProblemSeverity.Error) WriteError(DrAuditErrors.DefinitionProblem(problem));
                        else WriteWarning(problem.ToString());
                    }
                    WriteObject(validation);
                }
            }
        }

        /// <summary>The files <paramref name="path"/> names, without writing any error (-Quiet answers $false instead).</summary>
        private IReadOnlyList<string> ProviderPathsQuietly(string path) =>
            ProviderPaths.ClientDefinitions(SessionState.Path, path, _ => { });
    }
}
