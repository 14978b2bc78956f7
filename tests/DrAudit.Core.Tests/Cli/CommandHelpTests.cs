using System.Text.RegularExpressions;
using DrAudit.Cli;

namespace DrAudit.Core.Tests.Cli
{
    public class CommandHelpTests
    {
        public static TheoryData<string> CommandNames()
        {
            var data = new TheoryData<string>();
            foreach (var name in HelpText.CommandNames) data.Add(name);
            return data;
        }

        [Fact]
        public void EveryCommandHasHelp()
        {
            Assert.Equal(new[] { "audit", "validate", "restore-order", "controls", "fleet", "compare", "init", "renewal", "verify" }, HelpText.CommandNames);
        }

        [Theory]
        [MemberData(nameof(CommandNames))]
        public void CommandHelpPrintsItsUsageAndExitsZero(string command)
        {
            foreach (var args in new[] { new[] { command, "--help" }, new[] { command, "-h" }, new[] { "help", command }, new[] { command, "some.yaml", "--help" } })
            {
                var run = CliRun.Of(args);

                Assert.Equal(0, run.ExitCode);
                Assert.Empty(run.Stderr);
                Assert.Contains("draudit " + command, run.Stdout);
                Assert.Contains("Exit codes:", run.Stdout);
                foreach (var other in HelpText.CommandNames.Where(c => c != command))
                    Assert.DoesNotContain("  draudit " + other + " ", run.Stdout);
            }
        }

        /// <summary>Every option a command's help names is one the command accepts (no "has no option" for it).</summary>
        [Theory]
        [MemberData(nameof(CommandNames))]
        public void EveryOptionInACommandsHelpIsAccepted(string command)
        {
            var help = Block(command);
            var options = Regex.Matches(help, @"(?<![\w-])--[a-z][a-z-]*").Select(m => m.Value).Distinct().Where(o => o != "--help").ToList();
            foreach (var option in options)
            {
                var withValue = Regex.IsMatch(help, Regex.Escape(option) + @" <");
                var args = withValue ? new[] { command, option, "x" } : new[] { command, option };

                var run = CliRun.Of(args);

                Assert.DoesNotContain("has no option", run.Stderr);
            }
        }

        /// <summary>The command's own lines of its help (without the shared exit codes).</summary>
        private static string Block(string command) =>
            HelpText.For(command)!.Split("Usage:\n")[1].Split("\nExit codes:\n")[0].TrimEnd('\n');

        [Fact]
        public void AnUnknownOptionPointsAtTheCommandsHelp()
        {
            var run = CliRun.Of("audit", "x.yaml", "--colour");

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("'audit' has no option --colour. Run 'draudit audit --help'.", run.Stderr);
        }

        [Fact]
        public void HelpForAnUnknownCommandIsBadInput()
        {
            var run = CliRun.Of("help", "frobnicate");

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("Unknown command 'frobnicate'", run.Stderr);
        }

        [Fact]
        public void GeneralHelpHoldsEveryCommandsBlock()
        {
            var run = CliRun.Of("--help");

            foreach (var command in HelpText.CommandNames)
            {
                Assert.Contains(Block(command), run.Stdout);
            }
        }
    }
}
