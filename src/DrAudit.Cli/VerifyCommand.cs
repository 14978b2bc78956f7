using DrAudit.Core.Packs;

namespace DrAudit.Cli
{
    /// <summary><c>draudit verify &lt;pack-folder&gt;</c>: re-hashes every file against manifest.json. Exit 0 when intact,
    /// 1 when anything changed, is missing or was added, or the folder is not a pack.</summary>
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
                stdout.WriteLine($"{file.State.ToString().ToLowerInvariant()}: {file.Path}");
            stdout.WriteLine(verification.Intact
                ? $"{verification.Path}: intact ({verification.Files.Count} files match manifest.json)"
                : $"{verification.Path}: NOT intact ({verification.Problems.Count()} of {verification.Files.Count} files differ from manifest.json)");
            return verification.Intact ? ExitCodes.Success : ExitCodes.BadInput;
        }
    }
}
