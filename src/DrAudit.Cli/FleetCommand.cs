using System.Globalization;
using DrAudit.Core.Fleet;
using DrAudit.Core.Hosting;
using DrAudit.Core.Packs;

namespace DrAudit.Cli
{
    /// <summary><c>draudit fleet &lt;folder|list|client.yaml&gt;... --out &lt;root&gt; [--throttle N] [--as-of &lt;time&gt;] [--verbose]</c>:
    /// audits every client into <c>&lt;root&gt;/&lt;client-id&gt;/&lt;date&gt;/</c> and writes the fleet summary. Its exit code
    /// is the fleet outcome (0 all audited, 1 some clients failed, 2 nothing ran); bad arguments are 2 as well.</summary>
    public static class FleetCommand
    {
        public const string Name = "fleet";
        private static readonly string[] ValueOptions = new[] { "--out", "--throttle", "--as-of", "--sign" }.Concat(TimeLimitArguments.ValueOptions).Concat(PackArguments.ValueOptions).Distinct().ToArray();
        private static readonly string[] Switches = { "--verbose", "--open" };

        public static int Run(IEnumerable<string> args, TextWriter stdout, TextWriter stderr)
        {
            FleetAuditOptions options;
            CommandLine line;
            try
            {
                line = CommandLine.Parse(Name, args, ValueOptions, Switches);
                if (line.Positionals.Count == 0) throw new CliUsageException("'fleet' needs a folder of client definitions, a list file or definition files.");
                options = new FleetAuditOptions
                {
                    OutputRoot = line.Value("--out") ?? throw new CliUsageException("'fleet' needs --out <root>: the folder every client's packs go under."),
                    ThrottleLimit = Throttle(line.Value("--throttle")),
                    AsOf = line.Value("--as-of") is string asOf ? AsOfArgument.Parse(asOf) : (DateTimeOffset?)null,
                    SigningCertificate = PackArguments.SigningCertificate(line),
                    Timeouts = TimeLimitArguments.Parse(line),
                };
                if (PackArguments.ValueOptions.Any(o => o != "--sign" && line.Value(o) != null))
                {
                    var pack = PackArguments.Parse(line, force: false);
                    options.Formats = pack.Formats;
                    options.Html = pack.Html;
                }
            }
            catch (CliUsageException e)
            {
                stderr.WriteLine("draudit: " + e.Message);
                return (int)FleetOutcome.NothingRan;
            }

            var host = new ConsoleAuditHost(stderr, line.Has("--verbose"));
            FleetRunResult run;
            try
            {
                run = FleetAuditor.Run(line.Positionals, options, host, row => stdout.WriteLine(Describe(row)), CancellationToken.None);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                stderr.WriteLine("draudit: nothing was audited: " + e.Message);
                return (int)FleetOutcome.NothingRan;
            }
            var summary = run.Summary;
            stdout.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0} {1}: {2} audited ({3} incomplete: a source could not be read), {4} failed.",
                summary.ClientsTotal, summary.ClientsTotal == 1 ? "client" : "clients", summary.ClientsAudited, summary.ClientsWithFailedSources, summary.ClientsFailed));
            if (run.SummaryPack != null) stdout.WriteLine("Fleet summary: " + run.SummaryPack);
            if (run.SummaryError != null)
                stderr.WriteLine("draudit: the fleet summary was not written: " + run.SummaryError.Message + " The packs of the clients audited above were written.");
            if (run.SummaryPack != null && line.Has("--open"))
                ReportOpening.Open(() => PackReport.OpenFleetSummary(run.SummaryPack, SystemFileOpener.Instance), stdout, stderr);
            return run.ExitCode;
        }

        private static int Throttle(string? text)
        {
            if (text == null) return FleetAuditOptions.DefaultThrottleLimit;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1 && value <= 64) return value;
            throw new CliUsageException($"--throttle '{text}' is not a number from 1 to 64.");
        }

        /// <summary>"alpha: Audited, maturity 1, 1 of 2 services ready, findings 3 high 1 medium 0 low -> alpha/2026-11-01".</summary>
        private static string Describe(FleetClientSummary row)
        {
            var who = row.ClientId ?? row.Definition;
            if (row.Status == FleetClientStatus.Failed) return who + ": Failed: " + OneLine(row.Error);
            var text = string.Format(CultureInfo.InvariantCulture, "{0}: {1}, maturity {2}, {3} of {4} services ready, findings {5} high {6} medium {7} low -> {8}",
                who, row.Status, row.MaturityLevel, row.ServicesReady, row.ServicesTotal, row.FindingsHigh, row.FindingsMedium, row.FindingsLow, row.Pack);
            if (row.PreviousPack != null)
                text += string.Format(CultureInfo.InvariantCulture, " (since {0}: {1} new, {2} resolved)", row.PreviousPack, row.NewFindings, row.ResolvedFindings);
            if (row.Status == FleetClientStatus.SourceFailed) text += "; " + row.Error;
            return text;
        }

        /// <summary>A multi-line error (a definition's problems) on one line.</summary>
        private static string OneLine(string? text) =>
            string.Join(" ", (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
    }
}
