using DrAudit.Core.Loading.Definition;
using DrAudit.Core.Onboarding;

namespace DrAudit.Cli
{
    /// <summary><c>draudit init &lt;source&gt;... --out &lt;client.yaml&gt;</c>: reads the sources and writes a draft client
    /// definition from what they protect and discover (docs/onboarding.md). All the work is in
    /// <see cref="ClientDefinitionInitializer"/>.</summary>
    public static class InitCommand
    {
        public const string Name = "init";
        private static readonly string[] ValueOptions = new[] { "--out", "--client-id", "--name", "--msp", "--as-of", "--from" }.Concat(TimeLimitArguments.ValueOptions).ToArray();
        private static readonly string[] Switches = { "--force", "--verbose" };

        public static int Run(IEnumerable<string> args, TextWriter stdout, TextWriter stderr)
        {
            var line = CommandLine.Parse(Name, args, ValueOptions, Switches);
            var output = line.Value("--out") ?? throw new CliUsageException("'init' needs --out <client.yaml>: the draft client definition to write.");
            var from = line.Value("--from");
            if (line.Positionals.Count == 0 && from == null)
                throw new CliUsageException("'init' needs at least one source (type=veeam,capture=./veeam-capture) or --from <client.yaml>.");
            var request = new DraftRequest
            {
                OutputPath = output,
                ClientId = line.Value("--client-id"),
                ClientName = line.Value("--name"),
                Msp = line.Value("--msp"),
                AsOf = line.Value("--as-of") is string asOf ? AsOfArgument.Parse(asOf) : (DateTimeOffset?)null,
                Force = line.Has("--force"),
                Timeouts = TimeLimitArguments.Parse(line),
            };
            if (from != null) request.TakeFrom(ClientDefinitionLoader.Load(from));
            try
            {
                foreach (var spec in line.Positionals) request.Sources.Add(SourceSpec.Parse(spec, Directory.GetCurrentDirectory()));
            }
            catch (ArgumentException e)
            {
                throw new CliUsageException(e.Message);
            }

            DraftResult result;
            try
            {
                result = ClientDefinitionInitializer.Run(request, new ConsoleAuditHost(stderr, line.Has("--verbose")), CancellationToken.None);
            }
            catch (ArgumentException e)
            {
                throw new CliUsageException(e.Message);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                stderr.WriteLine("draudit: the client definition was not written: " + e.Message);
                return ExitCodes.PackNotWritten;
            }
            foreach (var warning in result.Warnings) stderr.WriteLine("warning: " + warning);
            var draft = result.Draft;
            stdout.WriteLine($"Draft client definition: {result.Path} ({draft.Components.Count} component(s) from {draft.Sources.Count} source(s); " +
                             $"{draft.Undecided.Count} workload(s) nothing protects listed for a decision)");
            stdout.WriteLine("It loads as it is; search it for DECIDE and decide each one (docs/onboarding.md).");
            if (!result.Complete)
            {
                stdout.WriteLine("Draft incomplete: a source could not be read (see the warnings above); nothing it protects is in the draft.");
                return ExitCodes.AuditIncomplete;
            }
            return ExitCodes.Success;
        }
    }
}
