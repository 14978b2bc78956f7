using DrAudit.Core.Tests.Auditing;
using DrAudit.Core.Tests.Packs;

namespace DrAudit.Core.Tests.Cli
{
    /// <summary>Control characters in data (a client or service name with ESC sequences, BEL, NUL) never reach the
    /// terminal or report.html raw.</summary>
    public class TerminalSafetyTests
    {
        private static bool IsControl(char c) => (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);

        private static string HostileClient(TempFolder temp)
        {
            var folder = temp.Combine("client");
            CopyFolder(Path.GetDirectoryName(EngineFixtures.GoodClient)!, folder);
            var path = Path.Combine(folder, "client.yaml");
            var yaml = File.ReadAllText(path)
                .Replace("  name: Fabrikam Legal\n", "  name: \"Fabrikam\\e[2J\\e[H\\a Legal\\0\\x9b31m\"\n")
                .Replace("    name: Matter management\n", "    name: \"Matter \\e]0;owned\\a management\"\n");
            Assert.Contains("\\e[2J", yaml);
            File.WriteAllText(path, yaml);
            return path;
        }

        private static void CopyFolder(string from, string to)
        {
            Directory.CreateDirectory(to);
            foreach (var dir in Directory.GetDirectories(from)) CopyFolder(dir, Path.Combine(to, Path.GetFileName(dir)));
            foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        [Fact]
        public void NoControlCharacterFromDataReachesTheConsoleOrTheReport()
        {
            using var temp = new TempFolder();
            var client = HostileClient(temp);
            var pack = temp.Combine("pack");

            var run = CliRun.Of("audit", client, "--out", pack, "--format", "json,html", "--verbose");

            Assert.True(run.ExitCode == 4, run.Stderr); // pack written; the fixture has a source that cannot be read
            Assert.Contains("Fabrikam\uFFFD[2J", run.Stdout);
            Assert.DoesNotContain(run.Stdout + run.Stderr, IsControl);
            var html = File.ReadAllText(Path.Combine(pack, "report.html"));
            Assert.Contains("Fabrikam\uFFFD[2J", html);
            Assert.DoesNotContain(html, IsControl);
        }
    }
}
