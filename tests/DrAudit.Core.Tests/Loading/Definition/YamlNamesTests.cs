using DrAudit.Core.Loading.Yaml;
using DrAudit.Core.Model.Definition;

namespace DrAudit.Core.Tests.Loading.Definition
{
    /// <summary>Enum values are written in kebab case as the contract spells them; YAML anchors work.</summary>
    public class YamlNamesTests : IDisposable
    {
        private readonly DefinitionFolder _folder = new DefinitionFolder();

        public void Dispose() => _folder.Dispose();

        [Theory]
        [InlineData(ComponentKind.FileShare, "file-share")]
        [InlineData(ComponentKind.M365Mailbox, "m365-mailbox")]
        [InlineData(ComponentKind.M365Site, "m365-site")]
        [InlineData(ComponentKind.M365OneDrive, "m365-onedrive")]
        [InlineData(ComponentKind.Saas, "saas")]
        public void Component_kinds_round_trip(ComponentKind kind, string name)
        {
            Assert.Equal(name, KebabCase.Of(kind));
            Assert.True(KebabCase.TryParse<ComponentKind>(name, out var parsed));
            Assert.Equal(kind, parsed);
        }

        [Fact]
        public void Other_enums_use_the_contract_spelling()
        {
            Assert.Equal("full-service", KebabCase.Of(RestoreScope.FullService));
            Assert.Equal("decision-maker", KebabCase.Of(ContactRole.DecisionMaker));
            Assert.Equal(new[] { "tabletop", "functional", "full" }, KebabCase.AllowedValues<ExerciseKind>());
        }

        [Theory]
        [InlineData("FileShare")]
        [InlineData("File-Share")]
        [InlineData("m365-one-drive")]
        [InlineData("")]
        public void Other_spellings_are_rejected(string text)
        {
            Assert.False(KebabCase.TryParse<ComponentKind>(text, out _));
        }

        [Fact]
        public void Anchors_and_aliases_are_resolved()
        {
            var yaml = DefinitionFolder.Minimal.Replace("    components: [app]\n", "    components: &members [app]\n")
                + "  - id: svc2\n    name: Second\n    tier: standard\n    components: *members\n";
            var result = _folder.Read(yaml);
            Assert.Empty(result.Problems);
            Assert.Equal(new[] { "app" }, result.Definition!.FindService("svc2")!.Components);
        }
    }
}
