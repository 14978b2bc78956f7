using System;
using System.IO;
using System.Management.Automation;
using DrAudit.Core.Packs;

namespace DrAudit.PowerShell.Commands
{
    /// <summary>Test-DrEvidencePack: re-hashes every file of a pack against its manifest.json and reports any file
    /// that changed, is missing or was added; -Quiet says only whether the pack is intact.</summary>
    [Cmdlet(VerbsDiagnostic.Test, "DrEvidencePack")]
    [OutputType(typeof(PackVerification), typeof(bool))]
    public sealed class TestDrEvidencePackCommand : DrAuditCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("FullName")]
        [ValidateNotNullOrEmpty]
        public string[] Path { get; set; } = Array.Empty<string>();

        [Parameter]
        public SwitchParameter Quiet { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var path in Path)
            {
                var full = ResolvePath(path);
                try
                {
                    var verification = EvidencePackVerifier.Verify(full);
                    foreach (var problem in verification.Problems)
                        WriteVerbose($"{problem.Path}: {problem.State}");
                    WriteObject(Quiet ? (object)verification.Intact : verification);
                }
                catch (DirectoryNotFoundException e)
                {
                    if (Quiet) WriteObject(false);
                    else WriteError(DrAuditErrors.PackNotFound(e, full));
                }
                catch (InvalidDataException e)
                {
                    if (Quiet) WriteObject(false);
                    else WriteError(DrAuditErrors.PackUnreadable(e, full));
                }
            }
        }
    }
}
