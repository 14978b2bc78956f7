using DrAudit.Core.Auditing;
using DrAudit.Core.Loading;
using DrAudit.Core.Packs.Html;
using DrAudit.Core.Text;

namespace DrAudit.Cli
{
    /// <summary>The <c>draudit</c> console front end: binds arguments, calls the core, prints results and maps
    /// failures to the exit codes of <see cref="ExitCodes"/>. All logic lives in DrAudit.Core.</summary>
    public static class CliApp
    {
        public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
        {
            // Job names, run messages and client names come from data: nothing reaches the terminal raw.
            stdout = new SafeTextWriter(stdout);
            stderr = new SafeTextWriter(stderr);
            try
            {
                if (args.Length == 0)
                {
                    stderr.Write(HelpText.Usage);
                    return ExitCodes.BadInput;
                }
                var rest = args.Skip(1);
                if (HelpText.Asked(rest) && HelpText.For(args[0]) != null) return CommandHelp(args[0], stdout);
                switch (args[0])
                {
                    case "--help":
                    case "-h":
                    case "help":
                        if (args.Length > 1) return CommandHelp(args[1], stdout);
                        stdout.Write(HelpText.Usage);
                        return ExitCodes.Success;
                    case "--version":
                        stdout.WriteLine("draudit " + ToolVersion.Current);
                        return ExitCodes.Success;
                    case AuditCommand.Name:
                        return AuditCommand.Run(rest, stdout, stderr);
                    case ValidateCommand.Name:
                        return ValidateCommand.Run(rest, stdout, stderr);
                    case RestoreOrderCommand.Name:
                        return RestoreOrderCommand.Run(rest, stdout, stderr);
                    case ControlsCommand.Name:
                        return ControlsCommand.Run(rest, stdout, stderr);
                    case FleetCommand.Name:
                        return FleetCommand.Run(rest, stdout, stderr);
                    case CompareCommand.Name:
                        return CompareCommand.Run(rest, stdout, stderr);
                    case RenewalCommand.Name:
                        return RenewalCommand.Run(rest, stdout, stderr);
                    case VerifyCommand.Name:
                        return VerifyCommand.Run(rest, stdout, stderr);
                    case InitCommand.Name:
                        return InitCommand.Run(rest, stdout, stderr);
                    default:
                        throw new CliUsageException($"Unknown command '{args[0]}'. Run 'draudit --help'.");
                }
            }
            catch (CliUsageException e)
            {
                stderr.WriteLine("draudit: " + e.Message);
                return ExitCodes.BadInput;
            }
            catch (DefinitionException e)
            {
                foreach (var problem in e.Problems)
                    stderr.WriteLine(problem.Severity == ProblemSeverity.Warning ? "warning: " + problem : problem.ToString());
                return ExitCodes.BadInput;
            }
            catch (HtmlTemplateException e)
            {
                stderr.WriteLine("draudit: " + e.Message);
                return ExitCodes.BadInput;
            }
            catch (Exception e) when (e is FileNotFoundException || e is DirectoryNotFoundException)
            {
                stderr.WriteLine("draudit: " + e.Message);
                return ExitCodes.BadInput;
            }
            catch (Exception e)
            {
                stderr.WriteLine($"draudit: unexpected error: {e.GetType().Name}: {e.Message}");
                return ExitCodes.UnexpectedError;
            }
        }

        /// <summary><c>draudit &lt;command&gt; --help</c> and <c>draudit help &lt;command&gt;</c>: that command's usage and options.</summary>
        private static int CommandHelp(string command, TextWriter stdout)
        {
            var text = HelpText.For(command) ?? throw new CliUsageException($"Unknown command '{command}'. Run 'draudit --help'.");
            stdout.Write(text);
            return ExitCodes.Success;
        }
    }
}
