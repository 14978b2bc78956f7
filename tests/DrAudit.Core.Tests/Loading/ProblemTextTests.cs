using DrAudit.Core.Loading;
using DrAudit.Core.Tests.Loading.Definition;
using DrAudit.Core.Tests.Loading.Inventory;

namespace DrAudit.Core.Tests.Loading
{
    /// <summary>A problem quotes the value it found, but never a whole huge one: a hostile inventory's 60-million-character
    /// "time" once came back whole on the console, in the warning stream and in readiness.json.</summary>
    public sealed class ProblemTextTests : IDisposable
    {
        private readonly DefinitionFolder _folder = new DefinitionFolder();

        public void Dispose() => _folder.Dispose();

        [Fact]
        public void A_short_value_is_quoted_whole_and_a_long_one_by_its_start_and_length()
        {
            Assert.Equal("'2026-13-01'", ProblemText.Quote("2026-13-01"));

            var quoted = ProblemText.Quote(new string('9', 5000));

            Assert.StartsWith("'" + new string('9', ProblemText.MaxQuoted - 1) + "\u2026'", quoted);
            Assert.EndsWith(" (5,000 characters)", quoted);
        }

        [Fact]
        public void A_long_value_is_never_cut_inside_a_surrogate_pair()
        {
            var text = new string('a', ProblemText.MaxQuoted - 2) + "\U0001F600" + new string('b', 10);

            var quoted = ProblemText.Quote(text);

            Assert.DoesNotContain("\uD83D\u2026", quoted);
            Assert.StartsWith("'" + new string('a', ProblemText.MaxQuoted - 2) + "\u2026'", quoted);
        }

        [Theory]
        [InlineData("runs", "{ \"job\": \"j\", \"start\": \"2026-10-31T22:00:00{0}Z\", \"result\": \"success\" }", "BadDate")]
        [InlineData("runs", "{ \"job\": \"j\", \"start\": \"2026-10-31T22:00:00Z\", \"result\": \"success{0}\" }", "BadValue")]
        [InlineData("runs", "{ \"job\": \"j\", \"start\": \"2026-10-31T22:00:00Z\", \"result\": \"success\", \"extra{0}\": 1 }", "UnknownKey")]
        [InlineData("repositories", "{ \"id\": \"r{0}\" }, { \"id\": \"r{0}\" }", "DuplicateId")]
        public void An_inventory_problem_quotes_a_huge_value_by_its_start(string list, string record, string code)
        {
            var huge = new string('0', 100_000);
            var json = list == "runs"
                ? InventoryTestFiles.Json(runs: record.Replace("{0}", huge))
                : InventoryTestFiles.Json(repositories: record.Replace("{0}", huge));

            var problem = Assert.Single(InventoryTestFiles.JsonProblems(json), p => p.Code == code);

            Assert.True(problem.Message.Length < 600, problem.Message.Length + " characters: " + problem.Message.Substring(0, 200));
            Assert.Contains("characters)", problem.Message);
        }

        /// <summary>Each place a definition problem names a key, id, tag or alias the file wrote ("H" stands for a run of
        /// letters): the message carries its start and length, not all of it. Ids may be any length, so a valid one can be
        /// huge; YAML keys written plainly stop at 1,024 characters, so those cases use 1,000.</summary>
        [Theory]
        [InlineData("UnknownKey", 1_000, "{0}extra-H: 1\n")]
        [InlineData("DuplicateId", 100_000, "apiVersion: draudit/v1\nclient: {{ id: acme, name: Acme }}\ncomponents:\n  - {{ id: H, name: A, kind: server }}\n  - {{ id: H, name: B, kind: server }}\nservices:\n  - {{ id: svc, name: S, tier: critical, components: [H] }}\n")]
        [InlineData("DuplicateId", 100_000, "apiVersion: draudit/v1\nclient: {{ id: acme, name: Acme }}\ncomponents:\n  - {{ id: app, name: A, kind: server, dependsOn: [H, H] }}\nservices:\n  - {{ id: svc, name: S, tier: critical, components: [app] }}\n")]
        [InlineData("DependencyCycle", 100_000, "apiVersion: draudit/v1\nclient: {{ id: acme, name: Acme }}\ncomponents:\n  - {{ id: H, name: A, kind: server, dependsOn: [H] }}\nservices:\n  - {{ id: svc, name: S, tier: critical, components: [H] }}\n")]
        [InlineData("UnknownTag", 100_000, "apiVersion: draudit/v1\nclient: {{ id: acme, name: !H Acme }}\n")]
        [InlineData("UnknownKey", 1_000, "{0}tiers:\n  H: {{ rpo: 1h, colour: red }}\n")]
        [InlineData("UnknownId", 100_000, "apiVersion: draudit/v1\nclient: {{ id: acme, name: Acme }}\ncomponents:\n  - {{ id: app, name: A, kind: server }}\n  - {{ id: H, name: B, kind: server }}\nservices:\n  - {{ id: svc, name: S, tier: critical, components: [app] }}\n  - {{ id: other, name: O, tier: critical, components: [H] }}\nrestoreTests:\n  - {{ date: 2026-01-01, service: svc, components: [H], scope: system, result: success }}\n")]
        public void A_definition_problem_names_a_huge_key_or_id_by_its_start(string code, int length, string yaml)
        {
            var run = new string('h', length);
            var result = _folder.Read(string.Format(System.Globalization.CultureInfo.InvariantCulture, yaml, DefinitionFolder.Minimal).Replace("H", run));

            var problems = result.Problems.Where(p => p.Code == code).ToList();
            Assert.True(problems.Count > 0, "no " + code + " among: " + string.Join(" | ", result.Problems.Select(p => p.Code + " " + Start(p.Message))));
            foreach (var problem in result.Problems)
            {
                Assert.True(problem.Message.Length < 1000, problem.Code + ": " + problem.Message.Length + " characters: " + Start(problem.Message));
                Assert.DoesNotContain(new string('h', ProblemText.MaxQuoted + 1), problem.Message);
            }
            Assert.Contains(problems, p => p.Message.Contains(" characters)", StringComparison.Ordinal));
        }

        private static string Start(string text) => text.Length <= 200 ? text : text.Substring(0, 200);

        [Fact]
        public void A_definition_problem_quotes_a_huge_value_by_its_start()
        {
            var result = _folder.Read(DefinitionFolder.Minimal + "asOf: " + new string('7', 100_000) + "\n");

            var problem = DefinitionFolder.Single(result, "BadDate");
            Assert.True(problem.Message.Length < 600, problem.Message.Length + " characters");
            Assert.Contains("(100,000 characters)", problem.Message);
        }
    }
}
