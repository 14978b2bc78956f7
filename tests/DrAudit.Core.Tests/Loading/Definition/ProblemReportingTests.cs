using DrAudit.Core.Loading;
using DrAudit.Core.Loading.Definition;

namespace DrAudit.Core.Tests.Loading.Definition
{
    /// <summary>Every problem is reported, in line order; secrets never appear.</summary>
    public class ProblemReportingTests : IDisposable
    {
        private readonly DefinitionFolder _folder = new DefinitionFolder();

        public void Dispose() => _folder.Dispose();

        [Fact]
        public void A_file_with_several_problems_reports_all_of_them_in_line_order()
        {
            var yaml =
                "apiVersion: draudit/v2\n" +             // 1 BadApiVersion
                "client:\n" +                            // 2
                "  id: Acme\n" +                         // 3 BadId
                "  name: Acme\n" +                       // 4
                "components:\n" +                        // 5
                "  - id: app\n" +                        // 6
                "    name: App\n" +                      // 7
                "    kind: servr\n" +                    // 8 BadValue
                "    dependsOn: [ghost]\n" +             // 9 UnknownId
                "services:\n" +                          // 10
                "  - id: svc\n" +                        // 11 MissingKey (name)
                "    tier: critical\n" +                 // 12
                "    components: [app]\n" +              // 13
                "    targets: { rpo: soon }\n" +         // 14 BadDuration
                "    colour: red\n";                     // 15 UnknownKey
            var result = _folder.Read(yaml);
            Assert.Null(result.Definition);
            Assert.Equal(
                new[] { ("BadApiVersion", 1), ("BadId", 3), ("BadValue", 8), ("UnknownId", 9), ("MissingKey", 11), ("BadDuration", 14), ("UnknownKey", 15) },
                result.Problems.Select(p => (p.Code, p.Line)).ToArray());
            Assert.All(result.Problems, p => Assert.Equal(ProblemSeverity.Error, p.Severity));

            var thrown = Assert.Throws<DefinitionException>(() => ClientDefinitionLoader.Load(Path.Combine(_folder.Path, "client.yaml")));
            Assert.Equal(7, thrown.Problems.Count);
            Assert.Contains("7 problem(s)", thrown.Message);
        }

        [Fact]
        public void Credential_values_never_appear_in_messages()
        {
            var yaml = DefinitionFolder.Minimal +
                "sources:\n" +
                "  - id: a\n    type: veeam\n    url: https://vbr:9419\n    credential: { password: Hunter2-a }\n" +
                "  - id: b\n    type: veeam\n    url: https://vbr:9419\n    credential: Hunter2-b\n" +
                "  - id: c\n    type: veeam\n    url: https://vbr:9419\n    credential: { secret: Hunter2-c, env: Hunter2-d }\n" +
                "  - id: d\n    type: veeam\n    url: https://vbr:9419\n    credential: { secret: [Hunter2-e] }\n" +
                "  - id: e\n    type: veeam\n    url: https://vbr:9419\n    clientSecret: Hunter2-f\n    apiToken: { value: Hunter2-g }\n" +
                "  - id: f\n    type: veeam\n    url: https://vbr:9419\n    credential: { secret: ok, passwordEnv: { x: Hunter2-h } }\n" +
                "  - id: g\n    type: veeam\n    url: https://vbr:9419\n    credential: { Hunter2-i, secret: ok }\n";
            var result = _folder.Read(yaml);
            Assert.True(result.Problems.Count >= 8, string.Join(" | ", result.Problems));
            Assert.Contains(result.Problems, p => p.Code == "UnknownKey" && p.Line == 43 && p.Message.Contains("name not shown"));
            Assert.Contains(result.Problems, p => p.Code == "UnknownKey" && p.Message.Contains("'password'"));
            Assert.Contains(result.Problems, p => p.Code == "UnknownKey" && p.Message.Contains("'clientSecret'"));
            Assert.All(result.Problems, p => Assert.DoesNotContain("Hunter2", p.Message));
            Assert.All(result.Problems, p => Assert.DoesNotContain("Hunter2", p.ToString()));
        }
    }
}
