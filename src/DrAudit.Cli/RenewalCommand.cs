using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DrAudit.Core.Hosting;
using DrAudit.Core.Model.Renewal;
using DrAudit.Core.Packs;
using DrAudit.Core.Renewal;
using DrAudit.Core.Storage;

namespace DrAudit.Cli
{
    /// <summary><c>draudit renewal &lt;client-id|client-folder&gt; [--pack-root &lt;root&gt;] --out &lt;dir&gt; [--from] [--to]
    /// [--force] [--open] [--verbose]</c> and the pack options of <see cref="PackArguments"/>.</summary>
    public static class RenewalCommand
    {
        public const string Name = "renewal";
        private static readonly string[] ValueOptions = new[] { "--out", "--pack-root", "--from", "--to" }.Concat(PackArguments.ValueOptions).ToArray();
        private static readonly string[] Switches = { "--force", "--verbose", "--open" };

        public static int Run(IEnumerable<string> args, TextWriter stdout, TextWriter stderr)
        {
            var line = CommandLine.Parse(Name, args, ValueOptions, Switches);
            var client = line.Single("a client id (with --pack-root) or a client's folder of dated packs");
            var outDir = line.Value("--out") ?? throw new CliUsageException("'renewal' needs --out <dir>: the renewal pack folder to write.");
            var packRoot = line.Value("--pack-root") is string root ? Path.GetFullPath(root) : null;
            var options = new RenewalOptions
            {
                Client = client,
                PackRoot = packRoot,
                From = line.Value("--from") is string from ? AsOfArgument.Parse(from, "--from") : null,
                To = line.Value("--to") is string to ? AsOfArgument.Parse(to, "--to") : null,
            };
            var force = line.Has("--force");
            var packOptions = PackArguments.Parse(line, force);
            var host = new ConsoleAuditHost(stderr, line.Has("--verbose"));

            RenewalPackResult? result = null;
            try
            {
                var wrote = TryWrite(() => result = RenewalPackExporter.Export(options, outDir, packOptions, host), stderr);
                if (wrote != ExitCodes.Success) return wrote;
            }
            catch (RenewalException e)
            {
                throw new CliUsageException(e.Message);
            }
            catch (PackFormatNotAvailableException e)
            {
                throw new CliUsageException("a renewal pack holds json, html and excel, not " + e.Format.ToString().ToLowerInvariant() + ".");
            }
            Summary(result!.Report, stdout);
            stdout.WriteLine($"Renewal pack: {result.Path} ({result.Files.Count} files and {PackManifest.FileName})");
            if (line.Has("--open")) ReportOpening.Open(() => PackReport.OpenRenewal(result.Path, SystemFileOpener.Instance), stdout, stderr);
            return result.HasGaps ? ExitCodes.AuditIncomplete : ExitCodes.Success;
        }

        private static void Summary(RenewalReport report, TextWriter stdout)
        {
            stdout.WriteLine($"Client: {report.ClientName} ({report.ClientId})");
            // ISO dates whatever the machine's culture (under ar-SA the culture's calendar would print 1448-...).
            stdout.WriteLine(FormattableString.Invariant($"Period: {report.From:yyyy-MM-dd} to {report.To:yyyy-MM-dd}; months audited: {report.MonthsAudited} of {report.Months.Count}"));
            stdout.WriteLine($"Root causes: {report.RootCauses.Count(c => !c.StillOpen)} resolved, {report.RootCauses.Count(c => c.StillOpen)} still open");
            stdout.WriteLine($"Restore tests: {report.RestoreTests.Count} done, {report.Testing.Sum(t => t.RestoreTestsRequired)} required");
            stdout.WriteLine($"To budget for: {report.Budget.Count} items");
        }

        /// <summary>Success, BadInput when --force names a folder that may not be replaced (nothing was touched), or
        /// PackNotWritten when the pack exists without --force or cannot be written.</summary>
        private static int TryWrite(Action step, TextWriter stderr)
        {
            try
            {
                step();
                return ExitCodes.Success;
            }
            catch (FolderNotReplaceableException e)
            {
                stderr.WriteLine("draudit: the renewal pack was not written: " + e.Message);
                return ExitCodes.BadInput;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                stderr.WriteLine("draudit: the renewal pack was not written: " + e.Message);
                return ExitCodes.PackNotWritten;
            }
        }
    }
}
