using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using DrAudit.Core.Packs;
using DrAudit.PowerShell.Paths;

namespace DrAudit.PowerShell.Commands
{
    /// <summary>Test-DrEvidencePack: re-hashes every file of a pack against its manifest.json and reports any file
    /// that changed, is missing or was added; -Quiet says only whether the pack is intact.</summary>
    [Cmdlet(VerbsDiagnostic.Test, "DrEvidencePack")]
    [OutputType(typeof(PackVerification), typeof(bool))]
    public sealed class TestDrEvidencePackCommand : DrAuditCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("FullName", "PSPath")]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string[] Path { get; set; } = Array.Empty<string>();

        [Parameter]
        public SwitchParameter Quiet { get; set; }

        protected override void ProcessRecord()
        {
            // -Quiet answers $false for a path that names no pack instead of writing an error.
            Action<ErrorRecord> writeError = Quiet ? _ => WriteObject(false) : (Action<ErrorRecord>)WriteError;
            foreach (var full in Path.SelectMany(p => ProviderPaths.Resolve(SessionState.Path, p, NotFound, writeError)))
            {
                try
                {
                    var verification = EvidencePackVerifier.Verify(full);
                    foreach (var problem in verification.Problems)
                        WriteVerbose($"{problem.Path}: {problem.State}");
                    var signature = verification.Signature;
                    if (signature == null) WriteVerbose("Not signed: the pack has no manifest.json.p7s.");
                    else WriteVerbose($"Signature {(signature.Valid ? "valid" : "INVALID")}; signer {signature.SignerSubject ?? "unknown"} (thumbprint {signature.SignerThumbprint ?? "unknown"}){(signature.Problem == null ? "" : ": " + signature.Problem)}");
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

        private static ErrorRecord NotFound(string path) =>
            DrAuditErrors.PackNotFound(new DirectoryNotFoundException($"No evidence pack matches '{path}'."), path);
    }
}
