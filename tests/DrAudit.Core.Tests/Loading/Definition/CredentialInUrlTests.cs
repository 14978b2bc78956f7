using DrAudit.Core.Loading.Definition;
using DrAudit.Core.Tests.Cli;
using DrAudit.Core.Tests.Packs;

namespace DrAudit.Core.Tests.Loading.Definition
{
    /// <summary>A source URL with user info is refused at load, located on the key's value, and the password appears
    /// in no message, output or file.</summary>
    public class CredentialInUrlTests : IDisposable
    {
        private const string Secret = "Hunter2-Secret";
        private readonly DefinitionFolder _folder = new DefinitionFolder();

        public void Dispose() => _folder.Dispose();

        private static string WithSource(string key, string type, string url) =>
            DefinitionFolder.Minimal +
            "sources:\n" +                 // 14
            "  - id: main\n" +             // 15
            "    type: " + type + "\n" +   // 16
            (type == "m365" ? "    tenantId: 00000000-0000-0000-0000-000000000001\n    clientId: 00000000-0000-0000-0000-000000000002\n" : "") +
            "    " + key + ": " + url + "\n";

        [Theory]
        [InlineData("url", "veeam", "https://backup-admin:" + Secret + "@vbr01.example.local:9419")]
        [InlineData("url", "veeam", "https://" + Secret + "@vbr01.example.local:9419/api")]
        [InlineData("url", "veeam", "htps://admin:" + Secret + "@vbr01")]
        [InlineData("url", "veeam", "admin:" + Secret + "@vbr01:9419")]
        [InlineData("endpoint", "m365", "https://admin:" + Secret + "@graph.example.local")]
        [InlineData("authorityHost", "m365", "https://admin:" + Secret + "@login.example.local")]
        public void UserInfoIsRefusedWithALocatedProblemThatNeverShowsTheSecret(string key, string type, string url)
        {
            var yaml = WithSource(key, type, url);

            var result = _folder.Read(yaml);

            var problem = DefinitionFolder.Single(result, "CredentialInUrl");
            Assert.Null(result.Definition);
            var lines = yaml.Split('\n');
            var line = Array.FindIndex(lines, l => l.StartsWith("    " + key + ":", StringComparison.Ordinal)) + 1;
            Assert.Equal((line, 7 + key.Length), (problem.Line, problem.Column));
            Assert.Contains("'" + key + "'", problem.Message);
            foreach (var any in result.Problems) Assert.DoesNotContain(Secret, any.ToString());
        }

        [Fact]
        public void AnAtSignInThePathIsNotUserInfo()
        {
            Assert.False(SourceReader.HasUserInfo("https://vbr01.example.local:9419/api/v1/users/a@b"));
            Assert.False(SourceReader.HasUserInfo("https://vbr01.example.local:9419?q=a@b"));
            Assert.True(SourceReader.HasUserInfo("https://u:p@vbr01.example.local"));
        }

        [Fact]
        public void TheCommandLineRefusesItAndNeverPrintsOrWritesTheSecret()
        {
            using var temp = new TempFolder();
            var client = temp.Combine("client.yaml");
            File.WriteAllText(client, WithSource("url", "veeam", "https://backup-admin:" + Secret + "@vbr01.example.local:9419"));
            var pack = temp.Combine("pack");

            var validate = CliRun.Of("validate", client);
            var audit = CliRun.Of("audit", client, "--out", pack, "--verbose");

            Assert.Equal(1, validate.ExitCode);
            Assert.Equal(1, audit.ExitCode);
            Assert.Contains("'url' carries a user name or password", validate.Stdout + validate.Stderr);
            Assert.DoesNotContain(Secret, validate.Stdout + validate.Stderr + audit.Stdout + audit.Stderr);
            Assert.False(Directory.Exists(pack));
            foreach (var file in Directory.GetFiles(temp.Path, "*", SearchOption.AllDirectories).Where(f => f != client))
                Assert.DoesNotContain(Secret, File.ReadAllText(file));
        }
    }
}
