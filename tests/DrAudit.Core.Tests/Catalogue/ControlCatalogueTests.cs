using DrAudit.Core.Catalogue;
using DrAudit.Core.Evaluation;

namespace DrAudit.Core.Tests.Catalogue
{
    public class ControlCatalogueTests
    {
        /// <summary>Ids and levels of controls.md, in its order (null level: DR readiness).</summary>
        public static TheoryData<string, int?, string> ContractControls => new TheoryData<string, int?, string>
        {
            { "E8-RB-01", 1, "ISM-1511" }, { "E8-RB-02", 1, "ISM-1810" }, { "E8-RB-03", 1, "ISM-1811" },
            { "E8-RB-04", 1, "ISM-1515" }, { "E8-RB-05", 1, "ISM-1812" }, { "E8-RB-06", 1, "ISM-1814" },
            { "E8-RB-07", 2, "ISM-1705" }, { "E8-RB-08", 2, "ISM-1707" }, { "E8-RB-09", 3, "ISM-1813" },
            { "E8-RB-10", 3, "ISM-1706" }, { "E8-RB-11", 3, "ISM-1708" },
            { "DR-01", null, "" }, { "DR-02", null, "" }, { "DR-03", null, "" }, { "DR-04", null, "" }, { "DR-05", null, "" },
            { "DR-06", null, "" }, { "DR-07", null, "" }, { "DR-08", null, "" }, { "DR-09", null, "" }, { "DR-10", null, "" },
            { "DR-11", null, "" }, { "DR-12", null, "" }, { "DR-13", null, "" }, { "DR-14", null, "" },
            { "DR-15", null, "" }, { "DR-16", null, "" },
        };

        private static readonly string[] ClientScoped = { "E8-RB-05", "E8-RB-06", "E8-RB-07", "E8-RB-08", "E8-RB-09", "E8-RB-10", "DR-07", "DR-11", "DR-15" };
        private static readonly string[] EnvironmentScoped = { "DR-16" };

        [Fact]
        public void Catalogue_holds_the_27_contract_controls_in_order()
        {
            var expected = ContractControls.Select(row => (string)row[0]).ToList();
            Assert.Equal(27, expected.Count);
            Assert.Equal(expected, ControlCatalogue.Default.Controls.Select(c => c.Id).ToList());
            Assert.True(ControlCatalogue.Default.Version >= 1);
        }

        [Theory, MemberData(nameof(ContractControls))]
        public void Each_control_has_the_contract_family_level_ism_and_scope(string id, int? level, string ism)
        {
            var control = ControlCatalogue.Default.Find(id);
            Assert.NotNull(control);
            Assert.Equal(level, control!.Level);
            Assert.Equal(id.StartsWith("E8-") ? ControlFamily.EssentialEight : ControlFamily.DrReadiness, control.Family);
            Assert.Equal(ism.Length == 0 ? null : ism, control.Ism);
            Assert.Equal(ClientScoped.Contains(id) ? ControlScope.Client : EnvironmentScoped.Contains(id) ? ControlScope.Environment : ControlScope.Service, control.Scope);
        }

        [Theory, MemberData(nameof(ContractControls))]
        public void Every_text_field_is_written(string id, int? level, string ism)
        {
            _ = level; _ = ism;
            var control = ControlCatalogue.Default.Find(id)!;
            foreach (var (name, text) in new[] { ("title", control.Title), ("judgedFrom", control.JudgedFrom), ("rationale", control.Rationale), ("remediation", control.Remediation) })
            {
                Assert.False(string.IsNullOrWhiteSpace(text), $"{id} has no {name}.");
                Assert.True(text.Trim() == text, $"{id} {name} has stray whitespace.");
            }
            Assert.EndsWith(".", control.Rationale);
            Assert.EndsWith(".", control.Remediation);
            Assert.NotEqual(control.Rationale, control.Remediation);
        }

        [Fact]
        public void Every_rule_found_has_a_catalogue_entry_of_the_same_scope()
        {
            foreach (var rule in ControlRules.All.Values)
            {
                var control = ControlCatalogue.Default.Find(rule.ControlId);
                Assert.True(control != null, $"Rule {rule.GetType().Name} claims {rule.ControlId}, which the catalogue does not hold.");
                Assert.Equal(control!.Scope != ControlScope.Service, rule is ClientRule);
            }
        }

        [Theory]
        [InlineData("E8-RB-04")] [InlineData("E8-RB-05")] [InlineData("E8-RB-06")] [InlineData("E8-RB-07")] [InlineData("E8-RB-08")]
        [InlineData("E8-RB-09")] [InlineData("E8-RB-10")] [InlineData("DR-01")] [InlineData("DR-04")] [InlineData("DR-05")]
        [InlineData("DR-06")] [InlineData("DR-07")] [InlineData("DR-09")] [InlineData("DR-11")] [InlineData("DR-12")] [InlineData("DR-13")]
        public void Definition_controls_have_a_rule(string id)
        {
            Assert.True(ControlRules.All.ContainsKey(id), $"No rule judges {id}.");
        }
    }
}
