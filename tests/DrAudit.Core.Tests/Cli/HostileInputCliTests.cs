using DrAudit.Core.Tests.Auditing;
using DrAudit.Core.Tests.Packs;

namespace DrAudit.Core.Tests.Cli
{
    /// <summary>Hostile or careless client files on the command line: exit 1 with a located problem, never exit 3.</summary>
    public class HostileInputCliTests
    {
        private static string Corpus(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "bad-input", "definitions", name);

        [Theory]
        [InlineData("bracket-left-off.yaml", ":14:5: ")]
        [InlineData("flow-list-not-closed.yaml", ":3:1: ")]
        [InlineData("nested-20000-deep.yaml", ":2:67: ")]
        [InlineData("alias-bomb.yaml", ":7:29: ")]
        [InlineData("as-of-year-one.yaml", ":14:7: ")]
        [InlineData("audit-window-9999y.yaml", ":14:14: ")]
        public void Audit_of_a_hostile_definition_is_exit_code_one_with_a_located_problem(string file, string where)
        {
            using var temp = new TempFolder();

            var run = CliRun.Of("audit", Corpus(file), "--out", temp.Combine("pack"));

            Assert.Equal(1, run.ExitCode);
            Assert.Contains(Corpus(file) + where, run.Stderr);
            Assert.DoesNotContain("unexpected error", run.Stderr);
            Assert.Empty(temp.Entries());
        }

        [Theory]
        [InlineData("bracket-left-off.yaml")]
        [InlineData("second-document.yaml")]
        [InlineData("unknown-tag.yaml")]
        [InlineData("invalid-utf8.yaml")]
        public void Validate_of_a_hostile_definition_is_exit_code_one(string file)
        {
            var run = CliRun.Of("validate", Corpus(file));

            Assert.Equal(1, run.ExitCode);
            Assert.Contains(Corpus(file) + ":", run.Stdout);
            Assert.Contains("not valid", run.Stdout);
        }

        [Theory]
        [InlineData("0001-01-01")]
        [InlineData("9999-12-31T23:59:59Z")]
        [InlineData("1999-12-31")]
        [InlineData("2101-01-01")]
        public void As_of_outside_2000_to_2100_is_exit_code_one(string asOf)
        {
            using var temp = new TempFolder();

            var run = CliRun.Of("audit", EngineFixtures.GoodClient, "--out", temp.Combine("pack"), "--as-of", asOf);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("--as-of '" + asOf + "' must be between 2000-01-01 and 2100-12-31", run.Stderr);
            Assert.Empty(temp.Entries());
        }

        /// <summary>--as-of with another script's digits (they match a \d pattern) is the usage error, exit 1, nothing written.</summary>
        [Theory]
        [InlineData("\u0662\u0660\u0662\u0666-11-01")]
        [InlineData("\uFF12\uFF10\uFF12\uFF16-11-01")]
        [InlineData("2026-11-01T0\u0969:00:00Z")]
        public void As_of_with_digits_other_than_0_to_9_is_exit_code_one(string asOf)
        {
            using var temp = new TempFolder();

            var run = CliRun.Of("audit", EngineFixtures.GoodClient, "--out", temp.Combine("pack"), "--as-of", asOf);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("--as-of '" + asOf + "' is not an ISO 8601 date or time", run.Stderr);
            Assert.Empty(temp.Entries());
        }

        [Theory]
        [InlineData("2000-01-01")]
        [InlineData("2100-12-31T23:59:59Z")]
        public void As_of_at_the_edges_of_the_range_audits(string asOf)
        {
            using var temp = new TempFolder();

            var run = CliRun.Of("audit", EngineFixtures.GoodClient, "--out", temp.Combine("pack"), "--as-of", asOf);

            // The pack is written; GoodClient has a source that cannot be read, so the audit is incomplete (4).
            Assert.Equal(4, run.ExitCode);
            Assert.True(File.Exists(temp.Combine("pack", "manifest.json")));
        }
    }
}
