using DrAudit.Core.Auditing;
using DrAudit.Core.Hosting;
using DrAudit.Core.Packs;
using DrAudit.Core.Storage;

namespace DrAudit.Cli
{
    /// <summary><c>draudit audit &lt;client.yaml&gt; --out &lt;dir&gt; [--force] [--as-of &lt;time&gt;] [--verbose]</c> and the
    /// pack options of <see cref="PackArguments"/>.</summary>
    public static class AuditCommand
    {
        public const string Name = "audit";
        private static readonly string[] ValueOptions = new[] { "--out", "--as-of" }.Concat(TimeLimitArguments.ValueOptions).Concat(PackArguments.ValueOptions).ToArray();
        private static readonly string[] Switches = { "--force", "--verbose", "--open" };

        public static int Run(IEnumerable<string> args, TextWriter stdout, TextWriter stderr)
        {
            var line = CommandLine.Parse(Name, args, ValueOptions, Switches);
            var path = line.Single("a client definition file");
            var outDir = line.Value("--out") ?? throw new CliUsageException("'audit' needs --out <dir>: the evidence pack folder to write.");
            var asOfText = line.Value("--as-of");
            var options = new AuditOptions { AsOf = asOfText == null ? null : AsOfArgument.Parse(asOfText), Timeouts = TimeLimitArguments.Parse(line) };
            var force = line.Has("--force");
            var packOptions = PackArguments.Parse(line, force);
            var host = new ConsoleAuditHost(stderr, line.Has("--verbose"));

            packOptions.ProtectedPaths.Add(Path.GetFullPath(path));
            var early = TryPackStep(() => EvidencePackWriter.CheckTarget(outDir, force, packOptions.ProtectedPaths), stderr);
            if (early != ExitCodes.Success) return early;
            var result = ReadinessAuditor.Audit(path, options, host, CancellationToken.None);
            AuditSummaryWriter.Write(result, stdout);
            PackWriteResult? written = null;
            var wrote = TryPackStep(() => written = EvidencePackWriter.Write(result, outDir, packOptions, host), stderr);
            if (wrote != ExitCodes.Success) return wrote;
            stdout.WriteLine($"Evidence pack: {written!.Path} ({written.Files.Count} files and {PackManifest.FileName})");
            if (line.Has("--open")) ReportOpening.Open(() => PackReport.Open(written.Path, SystemFileOpener.Instance), stdout, stderr);
            if (!result.Complete)
            {
                stdout.WriteLine("Audit incomplete: a source could not be read (see the warnings above); the pack says so on its first page.");
                return ExitCodes.AuditIncomplete;
            }
            return ExitCodes.Success;
        }

        /// <summary>Success, BadInput when --force names a folder that may not be replaced (nothing was touched), or
        /// PackNotWritten when the pack exists without --force or cannot be written.</summary>
        private static int TryPackStep(Action step, TextWriter stderr)
        {
            try
            {
                step();
                return ExitCodes.Success;
            }
            catch (FolderNotReplaceableException e)
            {
                stderr.WriteLine("draudit: the evidence pack was not written: " + e.Message);
                return ExitCodes.BadInput;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                stderr.WriteLine("draudit: the evidence pack was not written: " + e.Message);
                return ExitCodes.PackNotWritten;
            }
        }
    }
}
