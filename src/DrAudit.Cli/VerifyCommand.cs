using System.Globalization;
using DrAudit.Core.Packs;
using DrAudit.Core.Packs.Signing;

namespace DrAudit.Cli
{
    /// <summary><c>draudit verify &lt;pack-folder&gt;</c>: checks every file against manifest.json (only regular files inside
    /// the pack are read) and the signature manifest.json.p7s when there is one. Exit 0 when intact (and the signature,
    /// if any, valid), 1 when anything changed, is missing, was added, is listed twice or points outside the pack, the
    /// signature does not match, or the folder is not a pack.</summary>
    public static class VerifyCommand
    {
        public const string Name = "verify";

        public static int Run(IEnumerable<string> args, TextWriter stdout, TextWriter stderr)
        {
            var line = CommandLine.Parse(Name, args, Array.Empty<string>(), Array.Empty<string>());
            PackVerification verification;
            try
            {
                verification = EvidencePackVerifier.Verify(line.Single("an evidence pack folder"));
            }
            catch (InvalidDataException e)
            {
                stderr.WriteLine("draudit: " + e.Message);
                return ExitCodes.BadInput;
            }
            foreach (var file in verification.Problems)
                stdout.WriteLine($"{Describe(file.State)}: {file.Path}");
            WriteSignature(verification.Signature, stdout);
            var problems = verification.Problems.Count();
            stdout.WriteLine(verification.Intact
                ? $"{verification.Path}: intact ({verification.Files.Count} files match manifest.json{(verification.Signed ? ", signature valid" : ", not signed")})"
                : problems == 0
                    ? $"{verification.Path}: NOT intact (the signature does not match manifest.json)"
                    : $"{verification.Path}: NOT intact ({problems} of {verification.Files.Count} files differ from manifest.json)");
            return verification.Intact ? ExitCodes.Success : ExitCodes.BadInput;
        }

        private static string Describe(PackFileState state) => state switch
        {
            PackFileState.Outside => "outside the pack (not read)",
            PackFileState.NotAFile => "not a regular file (not read)",
            PackFileState.Duplicate => "listed twice",
            _ => state.ToString().ToLowerInvariant(),
        };

        private static void WriteSignature(PackSignature? signature, TextWriter stdout)
        {
            if (signature == null)
            {
                stdout.WriteLine("signature: none (manifest.json.p7s is absent: the pack proves its integrity, not who wrote it)");
                return;
            }
            if (signature.SignerSubject != null)
            {
                stdout.WriteLine($"signed by {signature.SignerSubject}, thumbprint {signature.SignerThumbprint}");
                stdout.WriteLine($"  certificate valid {Time(signature.SignerNotBefore)} to {Time(signature.SignerNotAfter)}; signed at {Time(signature.SigningTime)} (signer's clock)");
            }
            stdout.WriteLine(signature.Valid
                ? "signature: valid for this manifest.json" + (signature.Trusted ? "; the signer's certificate is trusted by this machine" : "")
                : "signature: INVALID");
            if (signature.Problem != null) stdout.WriteLine("  " + signature.Problem);
        }

        private static string Time(DateTimeOffset? time) =>
            time?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "(not recorded)";
    }
}
