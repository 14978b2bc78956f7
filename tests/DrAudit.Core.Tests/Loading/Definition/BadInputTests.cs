using DrAudit.Core.Loading;
using DrAudit.Core.Loading.Definition;
using DrAudit.Core.Loading.Yaml;
using DrAudit.Core.Model;
using DrAudit.Core.Model.Definition;

namespace DrAudit.Core.Tests.Loading.Definition
{
    /// <summary>One kind of bad input per test: the problem's code, line and column.</summary>
    public class BadInputTests : IDisposable
    {
        private readonly DefinitionFolder _folder = new DefinitionFolder();
        private const string Minimal = DefinitionFolder.Minimal;

        public void Dispose() => _folder.Dispose();

        /// <summary>The 1-based line and column where <paramref name="token"/> first occurs after <paramref name="after"/>.</summary>
        private static (int Line, int Column) At(string text, string token, string after = "")
        {
            var from = after.Length == 0 ? 0 : text.IndexOf(after, StringComparison.Ordinal);
            Assert.True(from >= 0, "marker not in text: " + after);
            var index = text.IndexOf(token, from, StringComparison.Ordinal);
            Assert.True(index >= 0, "token not in text: " + token);
            var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
            return (text.Take(index).Count(c => c == '\n') + 1, index - lineStart + 1);
        }

        private DefinitionProblem Expect(string yaml, string code, string token, string after = "")
        {
            var result = _folder.Read(yaml);
            var problem = DefinitionFolder.Single(result, code);
            Assert.Equal(At(yaml, token, after), (problem.Line, problem.Column));
            Assert.Null(result.Definition);
            Assert.EndsWith("client.yaml", problem.File);
            Assert.True(Path.IsPathRooted(problem.File));
            return problem;
        }

        private static string WithComponentLine(string line) => Minimal.Replace("    kind: server\n", "    kind: server\n" + line + "\n");

        [Fact]
        public void Minimal_definition_is_valid()
        {
            var result = _folder.Read(Minimal);
            Assert.Empty(result.Problems);
            Assert.Equal("acme", result.Definition!.Client.Id);
            Assert.Null(result.Definition.AsOf);
            Assert.Equal(ClientDefinition.DefaultAuditWindow, result.Definition.AuditWindow);
            Assert.Equal(Duration.FromHours(4), result.Definition.Services[0].Targets.Rpo);
        }

        [Fact]
        public void Missing_file()
        {
            var result = ClientDefinitionLoader.Read(Path.Combine(_folder.Path, "nope.yaml"));
            var problem = DefinitionFolder.Only(result, "FileNotFound", 0, 0);
            Assert.Contains("nope.yaml", problem.Message);
            Assert.Throws<DefinitionException>(() => ClientDefinitionLoader.Load(Path.Combine(_folder.Path, "nope.yaml")));
        }

        [Fact]
        public void Yaml_syntax_error_is_one_problem_at_its_location()
        {
            var result = _folder.Read("apiVersion: draudit/v1\nclient:\n  id: acme\n  name: [Acme\n");
            var problem = Assert.Single(result.Problems);
            Assert.Equal("YamlSyntax", problem.Code);
            Assert.True(problem.Line >= 4, problem.ToString());
            Assert.True(problem.Column >= 1);
            Assert.DoesNotContain("(Line:", problem.Message);
        }

        /// <summary>YamlDotNet's parser reads text after a quoted value (an alias here) as a key without a value; the
        /// problem is at that text and says so, not "Unexpected MappingEnd" on the next line.</summary>
        [Fact]
        public void Text_after_a_quoted_value_is_a_key_without_a_value_at_that_text()
        {
            var yaml = "apiVersion: draudit/v1\nclient:\n  id: &x acme\n  name: \"Acme\" *x\ncomponents: []\nservices: []\n";

            var problem = Expect(yaml, "YamlSyntax", "*x");

            Assert.Contains("key without a value", problem.Message);
            Assert.DoesNotContain("MappingEnd", problem.Message);
        }

        [Fact]
        public void Unknown_key_names_the_key_and_the_allowed_keys()
        {
            var p = Expect(WithComponentLine("    colour: blue"), "UnknownKey", "colour");
            Assert.Contains("'colour'", p.Message);
            Assert.Contains("allowed keys: id, name, kind, dependsOn, backup", p.Message);
        }

        [Fact]
        public void Unknown_key_suggests_the_right_spelling()
        {
            var p = Expect(Minimal + "auditwindow: 35d\n", "UnknownKey", "auditwindow");
            Assert.Contains("did you mean 'auditWindow'", p.Message);
        }

        [Fact]
        public void Duplicate_key()
        {
            Expect(WithComponentLine("    kind: database"), "DuplicateKey", "kind: database");
        }

        /// <summary>A mapping of more entries than are looked up by scanning gets a dictionary of its keys: the same
        /// problems as a small mapping, each at its key.</summary>
        [Fact]
        public void Large_mapping_reports_duplicate_and_unknown_keys_like_a_small_one()
        {
            var notes = Enumerable.Range(1, MappingFields.MaxScanned).Select(i => $"    note{i}: x");
            var yaml = WithComponentLine("    kind: database\n    Kind: database\n" + string.Join("\n", notes));

            var result = _folder.Read(yaml);

            var duplicate = DefinitionFolder.Single(result, "DuplicateKey");
            Assert.Equal(At(yaml, "kind: database"), (duplicate.Line, duplicate.Column));
            Assert.Equal("'kind' is given more than once in a component; the first is at line 8.", duplicate.Message);
            var unknown = result.Problems.Where(p => p.Code == "UnknownKey").ToList();
            Assert.Equal(MappingFields.MaxScanned + 1, unknown.Count);
            Assert.Equal(At(yaml, "Kind"), (unknown[0].Line, unknown[0].Column));
            Assert.Contains("did you mean 'kind'?", unknown[0].Message);
            Assert.Equal(At(yaml, "note12"), (unknown[^1].Line, unknown[^1].Column));
        }

        /// <summary>Digits of another script match a regex's \d but not the number parser: such a duration is a
        /// BadDuration problem at its value, never an unexpected error.</summary>
        [Theory]
        [InlineData("\u0663h")]
        [InlineData("PT\u0663H")]
        public void Duration_with_digits_other_than_0_to_9_is_bad(string duration)
        {
            var p = Expect(Minimal + "auditWindow: " + duration + "\n", "BadDuration", duration);
            Assert.Contains("expected a duration", p.Message);
        }

        /// <summary>Dates, times and whole numbers written with another script's digits (Arabic-Indic, full-width,
        /// Devanagari) are the located problem any malformed value gets, never an unexpected error: the contract's digits are
        /// 0-9, and a check that lets \d through must still be followed by a parser that refuses them without throwing.</summary>
        [Theory]
        [InlineData("asOf: ", "\u0662\u0660\u0662\u0666-11-01", "BadDate")]
        [InlineData("asOf: ", "\uFF12\uFF10\uFF12\uFF16-11-01T00:00:00Z", "BadDate")]
        [InlineData("asOf: ", "2026-11-01T0\u0969:00:00Z", "BadDate")]
        [InlineData("recovery:\n  credentials:\n    breakGlassAccounts: ", "\u0662", "WrongType")]
        [InlineData("recovery:\n  credentials:\n    breakGlassAccounts: ", "\uFF12", "WrongType")]
        [InlineData("recovery:\n  credentials:\n    lastTested: ", "2026-06-\u0660\u0661", "BadDate")]
        public void Dates_and_numbers_with_digits_other_than_0_to_9_are_located_problems(string before, string value, string code)
        {
            Expect(Minimal + before + value + "\n", code, value);
        }

        [Fact]
        public void Wrong_type_for_a_list()
        {
            var p = Expect(WithComponentLine("    dependsOn: app"), "WrongType", "app", "dependsOn");
            Assert.Contains("expected a list of component ids", p.Message);
        }

        [Fact]
        public void Wrong_type_for_a_boolean()
        {
            var p = Expect(WithComponentLine("    backup: { required: yes, reason: vendor }"), "WrongType", "yes");
            Assert.Contains("expected true or false", p.Message);
        }

        [Fact]
        public void Wrong_type_for_a_whole_number()
        {
            var p = Expect(Minimal + "recovery:\n  credentials:\n    breakGlassAccounts: two\n", "WrongType", "two");
            Assert.Contains("expected a whole number", p.Message);
        }

        [Fact]
        public void Wrong_type_for_a_mapping()
        {
            var p = Expect(Minimal + "access: [a, b]\n", "WrongType", "[a, b]");
            Assert.Contains("expected a mapping", p.Message);
        }

        [Fact]
        public void Missing_required_key_is_reported_at_the_parent_mapping()
        {
            var yaml = Minimal.Replace("    name: Service\n", "");
            var p = Expect(yaml, "MissingKey", "id: svc");
            Assert.Contains("'name'", p.Message);
        }

        [Fact]
        public void Missing_required_top_level_keys()
        {
            var result = _folder.Read("apiVersion: draudit/v1\nclient: { id: acme, name: Acme }\n");
            Assert.Equal(2, result.Problems.Count(p => p.Code == "MissingKey" && p.Line == 1 && p.Column == 1));
            Assert.Contains(result.Problems, p => p.Message.Contains("'services'"));
            Assert.Contains(result.Problems, p => p.Message.Contains("'components'"));
        }

        [Fact]
        public void Backup_not_required_needs_a_reason()
        {
            var p = Expect(WithComponentLine("    backup: { required: false }"), "MissingKey", "{ required");
            Assert.Contains("'reason'", p.Message);
        }

        [Fact]
        public void Bad_duration()
        {
            var p = Expect(Minimal + "    targets: { rpo: 4 hours }\n", "BadDuration", "4 hours");
            Assert.Contains(Duration.ExpectedForm, p.Message);
        }

        [Fact]
        public void Bad_date()
        {
            var p = Expect(Minimal + "    targets: { approvedOn: 14/02/2026 }\n", "BadDate", "14/02/2026");
            Assert.Contains("2026-03-02", p.Message);
        }

        [Fact]
        public void Time_needs_an_offset()
        {
            Expect(Minimal + "asOf: 2026-11-01T00:00:00\n", "BadDate", "2026-11-01T");
        }

        [Theory]
        [InlineData("2026-11-01", 0)]
        [InlineData("2026-11-01T10:30:00+10:00", 10)]
        [InlineData("2026-11-01T00:00:00Z", 0)]
        public void Time_accepts_a_bare_date_or_an_offset(string text, int offsetHours)
        {
            var result = _folder.Read(Minimal + "asOf: " + text + "\n");
            Assert.Empty(result.Problems);
            var asOf = result.Definition!.AsOf!.Value;
            Assert.Equal(TimeSpan.FromHours(offsetHours), asOf.Offset);
            Assert.Equal(text.Length == 10 ? new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero) : asOf, asOf);
        }

        [Fact]
        public void Bad_id()
        {
            var p = Expect(Minimal.Replace("  id: acme\n", "  id: Acme_Corp\n"), "BadId", "Acme_Corp");
            Assert.Contains("lowercase letters, digits and '-'", p.Message);
        }

        [Fact]
        public void Duplicate_component_id()
        {
            var yaml = WithComponentLine("  - id: app\n    name: Again\n    kind: server");
            Expect(yaml, "DuplicateId", "app", "kind: server\n  - id: app");
        }

        [Fact]
        public void Duplicate_service_and_source_ids()
        {
            var yaml = Minimal + "  - id: svc\n    name: Again\n    tier: standard\n    components: [app]\n"
                + "sources:\n  - { id: inv, type: inventory, path: a.json }\n  - { id: inv, type: inventory, path: b.json }\n";
            var result = _folder.Read(yaml);
            var problems = result.Problems.Where(p => p.Code == "DuplicateId").ToList();
            Assert.Equal(2, problems.Count);
            Assert.Equal((14, 9), (problems[0].Line, problems[0].Column));
            Assert.Equal(At(yaml, "inv", "a.json"), (problems[1].Line, problems[1].Column));
        }

        [Fact]
        public void Duplicate_exercise_action_ids_are_reported_but_free_text_ids_are_allowed()
        {
            var yaml = Minimal + "exercises:\n  - date: 2026-05-20\n    kind: tabletop\n    actions:\n"
                + "      - { id: A-1, text: One }\n      - { id: A-1, text: Two }\n";
            Expect(yaml, "DuplicateId", "A-1", "text: One");
        }

        public static IEnumerable<object[]> UnknownReferences() => new[]
        {
            new object[] { Minimal.Replace("[app]", "[app, nope]"), "nope" },
            new object[] { WithComponentLine("    dependsOn: [ghost]"), "ghost" },
            new object[] { Minimal + "    restoreOrder: [app, ghost]\n", "ghost" },
            new object[] { WithComponentLine("    backup: { match: [ { source: nowhere, object: APP01 } ] }"), "nowhere" },
            new object[] { Minimal.Replace("tier: critical", "tier: platinum"), "platinum" },
            new object[] { Minimal + "restoreTests:\n  - { date: 2026-01-01, service: payroll, scope: file, result: success }\n", "payroll" },
            new object[] { Minimal + "exercises:\n  - { date: 2026-01-01, kind: full, services: [svc, payroll] }\n", "payroll" },
            new object[] { Minimal + Exception("service: payroll"), "payroll" },
            new object[] { Minimal + Exception("").Replace("E8-RB-11", "E8-RB-99"), "E8-RB-99" },
        };

        private static string Exception(string extra) =>
            "exceptions:\n  - { control: E8-RB-11, " + (extra.Length > 0 ? extra + ", " : "")
            + "reason: r, compensating: c, acceptedBy: Dr Shah, acceptedOn: 2026-03-01, expires: 2027-03-01 }\n";

        [Theory]
        [MemberData(nameof(UnknownReferences))]
        public void Unknown_ids_are_errors_at_the_reference(string yaml, string token)
        {
            var p = Expect(yaml, "UnknownId", token);
            Assert.Contains(token, p.Message);
        }

        [Fact]
        public void A_restore_test_component_must_belong_to_its_service()
        {
            var yaml = WithComponentLine("  - { id: other, name: Other, kind: server }")
                + "restoreTests:\n  - { date: 2026-01-01, service: svc, components: [app, other], scope: system, result: success }\n";
            var p = Expect(yaml, "UnknownId", "other", "restoreTests");
            Assert.Contains("not a component of service 'svc'", p.Message);
        }

        public static IEnumerable<object[]> BadValues() => new[]
        {
            new object[] { Minimal.Replace("kind: server", "kind: databse"), "databse", "file-share, m365-mailbox, m365-site, m365-onedrive" },
            new object[] { Minimal + "restoreTests:\n  - { date: 2026-01-01, service: svc, scope: everything, result: success }\n", "everything", "file, item, system, application, full-service" },
            new object[] { Minimal + "restoreTests:\n  - { date: 2026-01-01, service: svc, scope: file, result: ok }\n", "ok", "success, partial, failed" },
            new object[] { Minimal + "recovery:\n  contacts:\n    - { role: boss, name: Pat }\n", "boss", "decision-maker, technical-owner, vendor, communications, escalation, insurer" },
            new object[] { Minimal + "exercises:\n  - { date: 2026-01-01, kind: drill }\n", "drill", "tabletop, functional, full" },
            new object[] { Minimal + "sources:\n  - { id: s, type: datto, path: x.json }\n", "datto", "veeam, m365, vb365, inventory" },
            new object[] { Minimal + "sources:\n  - { id: s, type: m365, tenantId: t, clientId: c, cloud: mars }\n", "mars", "global, usgov, usgovdod, china" },
        };

        [Theory]
        [MemberData(nameof(BadValues))]
        public void Bad_enum_values_list_the_allowed_values(string yaml, string token, string allowed)
        {
            var p = Expect(yaml, "BadValue", token);
            Assert.Contains(allowed, p.Message);
        }

        [Fact]
        public void Api_version_must_be_exact()
        {
            var p = Expect(Minimal.Replace("draudit/v1", "draudit/v2"), "BadApiVersion", "draudit/v2");
            Assert.Contains("draudit/v1", p.Message);
        }

        [Fact]
        public void Dependency_cycle_is_an_error_at_the_dependsOn_of_a_member()
        {
            var yaml = WithComponentLine("    dependsOn: [db]\n  - id: db\n    name: Database\n    kind: database\n    dependsOn: [app]");
            var p = Expect(yaml, "DependencyCycle", "dependsOn");
            Assert.Contains("app -> db -> app", p.Message);
        }

        [Fact]
        public void Self_dependency_is_a_cycle()
        {
            var p = Expect(WithComponentLine("    dependsOn: [app]"), "DependencyCycle", "dependsOn");
            Assert.Contains("'app' depends on itself", p.Message);
        }

        [Fact]
        public void Restore_order_problems_are_warnings_at_the_restoreOrder_key_and_the_file_loads()
        {
            var yaml = WithComponentLine("    dependsOn: [db]\n  - id: db\n    name: Database\n    kind: database")
                .Replace("components: [app]", "components: [app, db]") + "    restoreOrder: [app, app]\n";
            var result = _folder.Read(yaml);
            Assert.NotNull(result.Definition);
            Assert.False(result.HasErrors);
            var warnings = result.Problems.ToList();
            Assert.Equal(2, warnings.Count);
            Assert.All(warnings, w =>
            {
                Assert.Equal(ProblemSeverity.Warning, w.Severity);
                Assert.Equal("RestoreOrder", w.Code);
                Assert.Equal(At(yaml, "restoreOrder"), (w.Line, w.Column));
            });
            Assert.Contains(warnings, w => w.Message.Contains("app appears 2 times"));
            Assert.Contains(warnings, w => w.Message.Contains("db is a component of the service but is missing"));
            Assert.Contains(warnings, w => w.Message.Contains("service 'svc'"));
        }

        [Fact]
        public void Restore_order_placing_a_component_before_its_dependency_is_a_warning()
        {
            var yaml = WithComponentLine("    dependsOn: [db]\n  - id: db\n    name: Database\n    kind: database")
                .Replace("components: [app]", "components: [app, db]") + "    restoreOrder: [app, db]\n";
            var result = _folder.Read(yaml);
            var warning = Assert.Single(result.Problems);
            Assert.Equal(("RestoreOrder", ProblemSeverity.Warning), (warning.Code, warning.Severity));
            Assert.Contains("app is placed before db, which it depends on.", warning.Message);
            Assert.Equal(new[] { "app", "db" }, result.Definition!.Services[0].RestoreOrder);
        }

        [Fact]
        public void Restore_order_with_an_unknown_id_is_an_error_and_not_also_a_warning()
        {
            var result = _folder.Read(Minimal + "    restoreOrder: [app, ghost]\n");
            var p = Assert.Single(result.Problems);
            Assert.Equal("UnknownId", p.Code);
        }

        [Fact]
        public void Exception_must_expire_after_acceptance()
        {
            var yaml = Minimal + Exception("").Replace("expires: 2027-03-01", "expires: 2026-02-01");
            var p = Expect(yaml, "BadException", "2026-02-01");
            Assert.Contains("after acceptedOn", p.Message);
        }

        [Fact]
        public void Exception_may_last_at_most_365_days()
        {
            var ok = _folder.Read(Minimal + Exception(""));
            Assert.Empty(ok.Problems);
            var yaml = Minimal + Exception("").Replace("expires: 2027-03-01", "expires: 2027-03-02");
            var p = Expect(yaml, "BadException", "2027-03-02");
            Assert.Contains("365 days", p.Message);
        }

        [Fact]
        public void Exception_required_keys()
        {
            var yaml = Minimal + "exceptions:\n  - control: DR-09\n    reason: r\n";
            var result = _folder.Read(yaml);
            var missing = result.Problems.Where(p => p.Code == "MissingKey").ToList();
            Assert.Equal(4, missing.Count);
            Assert.All(missing, p => Assert.Equal(At(yaml, "control: DR-09"), (p.Line, p.Column)));
        }

        [Fact]
        public void New_tier_must_set_its_targets()
        {
            var yaml = Minimal.Replace("services:", "tiers:\n  gold: { rpo: 1h }\nservices:");
            var result = _folder.Read(yaml);
            var missing = result.Problems.Where(p => p.Code == "MissingKey").ToList();
            Assert.Equal(3, missing.Count);
            Assert.All(missing, p => Assert.Equal(At(yaml, "{ rpo"), (p.Line, p.Column)));
            Assert.Contains(missing, p => p.Message.Contains("'retention'"));
        }

        [Fact]
        public void Source_needs_its_connection_details()
        {
            var yaml = Minimal + "sources:\n  - id: inv\n    type: inventory\n  - id: vbr\n    type: veeam\n  - id: m\n    type: m365\n    tenantId: t\n  - id: cap\n    type: m365\n    capture: captures/m365\n";
            var result = _folder.Read(yaml);
            var missing = result.Problems.Where(p => p.Code == "MissingKey").ToList();
            Assert.Equal(3, missing.Count);
            Assert.Equal(At(yaml, "id: inv"), (missing[0].Line, missing[0].Column));
            Assert.Contains("path", missing[0].Message);
            Assert.Contains("url", missing[1].Message);
            Assert.Contains("clientId", missing[2].Message);
        }

        [Fact]
        public void Vb365_source_needs_a_url_or_capture_and_always_its_organization()
        {
            var yaml = Minimal + "sources:\n  - id: live\n    type: vb365\n  - id: cap\n    type: vb365\n    capture: captures/vb365\n"
                + "  - id: ok\n    type: vb365\n    url: https://vb365.example.local:4443\n    organization: contoso.onmicrosoft.com\n";
            var result = _folder.Read(yaml);
            var missing = result.Problems.Where(p => p.Code == "MissingKey").ToList();
            Assert.Equal(3, missing.Count);
            Assert.Equal(At(yaml, "id: live"), (missing[0].Line, missing[0].Column));
            Assert.Contains("url", missing[0].Message);
            Assert.Contains("organization", missing[1].Message);
            Assert.Equal(At(yaml, "id: cap"), (missing[2].Line, missing[2].Column));
            Assert.Contains("organization", missing[2].Message);

            var valid = _folder.Read(Minimal + "sources:\n  - id: ok\n    type: vb365\n    url: https://vb365.example.local:4443\n    organization: contoso.onmicrosoft.com\n");
            Assert.Empty(valid.Problems);
            Assert.Equal("contoso.onmicrosoft.com", valid.Definition!.Sources.Single().Organization);
        }

        [Fact]
        public void Services_must_not_be_empty()
        {
            var yaml = Minimal.Substring(0, Minimal.IndexOf("services:", StringComparison.Ordinal)) + "services: []\n";
            var p = Expect(yaml, "WrongType", "[]");
            Assert.Contains("at least one service", p.Message);
        }

        [Fact]
        public void Missing_restore_test_file_is_located_at_the_path()
        {
            var yaml = Minimal + "restoreTests: { path: tests/missing.csv }\n";
            var p = Expect(yaml, "FileNotFound", "tests/missing.csv");
            Assert.Contains("missing.csv", p.Message);
        }
    }
}
