using DrAudit.Core.Tests.Auditing;
using DrAudit.Core.Tests.Packs;

namespace DrAudit.Core.Tests.Cli
{
    public class CliAppTests
    {
        [Theory]
        [InlineData("--help")]
        [InlineData("help")]
        public void HelpListsCommandsAndExitCodes(string arg)
        {
            var run = CliRun.Of(arg);

            Assert.Equal(0, run.ExitCode);
            foreach (var text in new[] { "draudit audit <client.yaml> --out <dir>", "validate", "restore-order", "controls", "--version", "Exit codes:" })
                Assert.Contains(text, run.Stdout);
            Assert.Matches(@"(?m)^\s*2\s+the evidence pack was not written", run.Stdout);
        }

        [Fact]
        public void VersionIsTheCoreVersion()
        {
            var run = CliRun.Of("--version");

            Assert.Equal(0, run.ExitCode);
            Assert.Equal("draudit 0.1.0", run.Stdout.Trim());
        }

        [Theory]
        [InlineData("")]
        [InlineData("frobnicate")]
        [InlineData("controls --colour")]
        [InlineData("controls extra")]
        [InlineData("validate")]
        [InlineData("validate a.yaml b.yaml")]
        public void BadArgumentsAreExitCodeOne(string commandLine)
        {
            var run = CliRun.Of(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));

            Assert.Equal(1, run.ExitCode);
            Assert.NotEmpty(run.Stderr);
            Assert.Empty(run.Stdout);
        }

        [Fact]
        public void AuditPrintsASummaryAndWritesThePack()
        {
            using var temp = new TempFolder();
            var pack = temp.Combine("pack");

            var run = CliRun.Of("audit", EngineFixtures.GoodClient, "--out", pack);

            Assert.Equal(4, run.ExitCode);
            Assert.Contains("Fabrikam Legal (fabrikam-legal)", run.Stdout);
            Assert.Matches(@"maturity level: \d", run.Stdout);
            Assert.Matches(@"DR readiness: \d of 2 services ready", run.Stdout);
            Assert.Contains("onsite (inventory): ok", run.Stdout);
            Assert.Contains("cloud (inventory): failed", run.Stdout);
            Assert.Matches(@"Root causes: \d+, explaining \d+ findings \(\d+ High, \d+ Medium, \d+ Low\)", run.Stdout);
            Assert.Contains("Audit:       INCOMPLETE", run.Stdout);
            Assert.Contains("Audit incomplete: a source could not be read", run.Stdout);
            Assert.Contains("WARNING: The audit of fabrikam-legal is incomplete: source 'cloud' (inventory) could not be read: ", run.Stderr);
            Assert.True(run.Stdout.Split('\n').Count(l => l.StartsWith("  [", StringComparison.Ordinal)) <= 5);
            Assert.Contains("Evidence pack: " + pack, run.Stdout);
            Assert.True(File.Exists(Path.Combine(pack, "manifest.json")));
            Assert.True(File.Exists(Path.Combine(pack, "client", "client.yaml")));
            Assert.True(File.Exists(Path.Combine(pack, "client", "restore-tests.yaml")));
            Assert.True(File.Exists(Path.Combine(pack, "inventories", "onsite.json")));
            Assert.Contains("Collecting backup evidence: source 1 of 2: onsite", run.Stderr);
            Assert.Contains("WARNING:", run.Stderr);
        }

        [Fact]
        public void AnAuditWhoseSourcesWereAllReadIsExitCodeZero()
        {
            using var temp = new TempFolder();

            var run = CliRun.Of("audit", Packs.Html.HtmlReports.SamplePath, "--out", temp.Combine("pack"));

            Assert.Equal(0, run.ExitCode);
            Assert.DoesNotContain("INCOMPLETE", run.Stdout);
            Assert.DoesNotContain("is incomplete", run.Stderr);
        }

        [Fact]
        public void HelpDocumentsExitCodeFour()
        {
            Assert.Contains("4  audit: the pack was written, but the audit is incomplete", CliRun.Of("--help").Stdout);
        }

        [Fact]
        public void AuditAsOfOverridesTheDefinition()
        {
            using var temp = new TempFolder();

            var run = CliRun.Of("audit", EngineFixtures.GoodClient, "--out", temp.Combine("pack"), "--as-of", "2026-10-15");

            Assert.Equal(4, run.ExitCode);
            Assert.Contains("As of:       2026-10-15T00:00:00Z", run.Stdout);
        }

        [Fact]
        public void ExistingPackIsExitCodeTwoUnlessForced()
        {
            using var temp = new TempFolder();
            var pack = temp.Combine("pack");
            Assert.Equal(4, CliRun.Of("audit", EngineFixtures.GoodClient, "--out", pack).ExitCode);
            var manifest = File.ReadAllText(Path.Combine(pack, "manifest.json"));

            var again = CliRun.Of("audit", EngineFixtures.GoodClient, "--out", pack, "--as-of", "2026-10-15");
            Assert.Equal(2, again.ExitCode);
            Assert.Contains("already exists", again.Stderr);
            Assert.Equal(manifest, File.ReadAllText(Path.Combine(pack, "manifest.json")));

            var forced = CliRun.Of("audit", EngineFixtures.GoodClient, "--out", pack, "--force", "--as-of", "2026-10-15");
            Assert.Equal(4, forced.ExitCode);
            Assert.Contains("\"asOf\": \"2026-10-15T00:00:00Z\"", File.ReadAllText(Path.Combine(pack, "manifest.json")));
        }

        [Fact]
        public void ForceOnAFolderThatIsNotAPackIsExitCodeOneAndDeletesNothing()
        {
            using var temp = new TempFolder();
            var folder = temp.Combine("documents");
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "important.docx"), "the only copy");

            var run = CliRun.Of("audit", EngineFixtures.GoodClient, "--out", folder, "--force");

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("Refusing to replace " + folder, run.Stderr);
            Assert.Equal("the only copy", File.ReadAllText(Path.Combine(folder, "important.docx")));
            Assert.Equal(new[] { "documents" }, temp.Entries());
        }

        [Fact]
        public void ForceOnTheClientsOwnFolderIsExitCodeOneAndKeepsTheClient()
        {
            using var temp = new TempFolder();
            var client = temp.Combine("client");
            CopyFolder(Path.GetDirectoryName(EngineFixtures.GoodClient)!, client);
            // Even a folder that looks like a pack is not replaced while it holds the client definition.
            File.WriteAllText(Path.Combine(client, "manifest.json"), "{ \"apiVersion\": \"draudit/v1\", \"kind\": \"EvidencePackManifest\", \"files\": [] }");

            var run = CliRun.Of("audit", Path.Combine(client, "client.yaml"), "--out", client, "--force");

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("Refusing to replace " + client, run.Stderr);
            Assert.Contains("client.yaml", run.Stderr);
            Assert.True(File.Exists(Path.Combine(client, "client.yaml")));
            Assert.True(File.Exists(Path.Combine(client, "restore-tests.yaml")));
        }

        [Fact]
        public void OutAtTheRootFolderIsRefusedAsBadInputNotAnUnexpectedError()
        {
            var root = Path.GetPathRoot(Directory.GetCurrentDirectory())!;

            var run = CliRun.Of("audit", EngineFixtures.GoodClient, "--out", root, "--force");

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("Refusing to replace " + root, run.Stderr);
            Assert.DoesNotContain("unexpected error", run.Stderr);
        }

        /// <summary>A file where the pack's folder would have to be made fails before the audit (not after a long one),
        /// with the file named, and nothing is written.</summary>
        [Fact]
        public void OutUnderAFileFailsBeforeTheAudit()
        {
            using var folder = new TempFolder();
            var file = folder.Combine("report.html");
            File.WriteAllText(file, "not a folder");

            var run = CliRun.Of("audit", EngineFixtures.GoodClient, "--out", Path.Combine(file, "packs", "acme"));

            Assert.Equal(2, run.ExitCode);
            Assert.Contains(file + " is a file", run.Stderr);
            Assert.DoesNotContain("maturity", run.Stdout, StringComparison.OrdinalIgnoreCase);
            Assert.Equal("not a folder", File.ReadAllText(file));
        }

        private static void CopyFolder(string from, string to)
        {
            Directory.CreateDirectory(to);
            foreach (var dir in Directory.GetDirectories(from)) CopyFolder(dir, Path.Combine(to, Path.GetFileName(dir)));
            foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        [Fact]
        public void AuditOfAnInvalidDefinitionIsExitCodeOneWithLocatedProblems()
        {
            using var temp = new TempFolder();

            var run = CliRun.Of("audit", EngineFixtures.InvalidClient, "--out", temp.Combine("pack"));

            Assert.Equal(1, run.ExitCode);
            Assert.Contains(EngineFixtures.InvalidClient + ":10:5: ", run.Stderr);
            Assert.Empty(temp.Entries());
        }

        [Theory]
        [InlineData("--as-of", "yesterday")]
        [InlineData("--as-of", "11/01/2026")]
        [InlineData("--colour", "blue")]
        public void AuditWithBadArgumentsIsExitCodeOne(string option, string value)
        {
            using var temp = new TempFolder();

            var run = CliRun.Of("audit", EngineFixtures.GoodClient, "--out", temp.Combine("pack"), option, value);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains(option, run.Stderr);
            Assert.Empty(temp.Entries());
        }

        [Fact]
        public void AuditNeedsOut()
        {
            var run = CliRun.Of("audit", EngineFixtures.GoodClient);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("--out", run.Stderr);
        }

        [Fact]
        public void AuditOfAMissingFileIsExitCodeOne()
        {
            using var temp = new TempFolder();

            var run = CliRun.Of("audit", temp.Combine("nope.yaml"), "--out", temp.Combine("pack"));

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("nope.yaml", run.Stderr);
        }

        [Fact]
        public void ValidateReportsValidFiles()
        {
            var run = CliRun.Of("validate", EngineFixtures.GoodClient);

            Assert.Equal(0, run.ExitCode);
            Assert.Contains("valid (2 service(s), 3 component(s), 2 source(s)", run.Stdout);
        }

        [Fact]
        public void ValidateListsEveryProblemAsFileLineColumnMessage()
        {
            var run = CliRun.Of("validate", EngineFixtures.InvalidClient);

            Assert.Equal(1, run.ExitCode);
            Assert.Matches("^" + System.Text.RegularExpressions.Regex.Escape(EngineFixtures.InvalidClient) + @":10:5: .*colour", run.Stdout);
            Assert.Contains("not valid (1 error(s)", run.Stdout);
        }

        [Fact]
        public void RestoreOrderShowsDocumentedAndDerivedOrders()
        {
            var run = CliRun.Of("restore-order", EngineFixtures.GoodClient);

            Assert.Equal(0, run.ExitCode);
            Assert.Contains("matters (Matter management): documented restore order", run.Stdout);
            Assert.Contains("  1. dc-01 - Domain controller [identity]", run.Stdout);
            Assert.Contains("  2. matters-db - Matters SQL database [database] after: dc-01", run.Stdout);
            Assert.Contains("files (Document store): no restoreOrder documented; derived from dependsOn", run.Stdout);
        }

        [Fact]
        public void RestoreOrderForOneService()
        {
            var run = CliRun.Of("restore-order", EngineFixtures.GoodClient, "--service", "files");

            Assert.Equal(0, run.ExitCode);
            Assert.Contains("files (Document store)", run.Stdout);
            Assert.DoesNotContain("matters", run.Stdout);

            var unknown = CliRun.Of("restore-order", EngineFixtures.GoodClient, "--service", "payroll");
            Assert.Equal(1, unknown.ExitCode);
            Assert.Contains("There is no service 'payroll'. Services: matters, files.", unknown.Stderr);
        }

        [Fact]
        public void ControlsListsTheCatalogue()
        {
            var run = CliRun.Of("controls");

            Assert.Equal(0, run.ExitCode);
            var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(27, lines.Length);
            Assert.StartsWith("E8-RB-01  L1  service", lines[0]);
            Assert.Contains("(ISM-1511)", lines[0]);
            Assert.StartsWith("DR-07     --  client ", lines.Single(l => l.StartsWith("DR-07", StringComparison.Ordinal)));
        }
    }
}
