using DrAudit.Core.Loading;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Inventory;

namespace DrAudit.Core.Tests.Loading.Definition
{
    /// <summary>client-definition.md v1.1: accountedFor, notImplemented and attested sources[].repositories load with
    /// every fact, and every bad value is a located error.</summary>
    public class V11DefinitionTests : IDisposable
    {
        private readonly DefinitionFolder _folder = new DefinitionFolder();

        public void Dispose() => _folder.Dispose();

        private const string WithSource = DefinitionFolder.Minimal +
            "sources:\n" +                                   // 14
            "  - id: veeam-main\n" +                         // 15
            "    type: inventory\n" +                        // 16
            "    path: ./inventory.json\n";                  // 17

        private static string WithAttestation(string body) => WithSource +
            "    repositories:\n" +                          // 18
            "      - match: Wasabi immutable\n" +            // 19
            body;                                            // 20...

        private static (int Line, int Column) At(string text, string token)
        {
            var index = text.IndexOf(token, StringComparison.Ordinal);
            Assert.True(index >= 0, "token not in text: " + token);
            var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
            return (text.Take(index).Count(c => c == '\n') + 1, index - lineStart + 1);
        }

        private DefinitionProblem Expect(string yaml, string code, string token)
        {
            var result = _folder.Read(yaml);
            var problem = DefinitionFolder.Single(result, code);
            Assert.Equal(At(yaml, token), (problem.Line, problem.Column));
            Assert.Null(result.Definition);
            return problem;
        }

        [Fact]
        public void SpecExamplesLoadWithEveryField()
        {
            var yaml = WithAttestation(
                "        encrypted: true\n" +
                "        sharesProductionCredentials: false\n" +
                "        location: cloud\n" +
                "        immutable: true\n" +
                "        immutableDays: 30\n" +
                "        attestedBy: Sam Lee\n" +
                "        attestedOn: 2026-10-02\n") +
                "accountedFor:\n" +
                "  - source: veeam-main\n" +
                "    object: \"TEST-*\"\n" +
                "    reason: Test VMs, rebuilt from templates\n" +
                "    acceptedBy: Dr Priya Shah\n" +
                "    acceptedOn: 2026-10-02\n" +
                "notImplemented:\n" +
                "  - control: E8-RB-09\n" +
                "    service: svc\n" +
                "    statedBy: Mia Tran\n" +
                "    statedOn: 2026-10-02\n" +
                "    reason: Staff restore their own files from OneDrive versions\n" +
                "  - control: DR-16\n" +
                "    statedBy: Mia Tran\n" +
                "    statedOn: 2026-10-03\n" +
                "    reason: No inventory of workstations is kept\n";

            var result = _folder.Read(yaml);

            Assert.Empty(result.Problems);
            var definition = result.Definition!;
            var attested = Assert.Single(Assert.Single(definition.Sources).Repositories);
            Assert.Equal(("Wasabi immutable", RepositoryLocation.Cloud, true, true, 30, false),
                (attested.Match, attested.Location, attested.Encrypted, attested.Immutable, attested.ImmutableDays, attested.SharesProductionCredentials));
            Assert.Equal(("Sam Lee", new DateTimeOffset(2026, 10, 2, 0, 0, 0, TimeSpan.Zero)), (attested.AttestedBy, attested.AttestedOn));
            Assert.Equal(19, attested.DefinedAt!.Line);

            var accounted = Assert.Single(definition.AccountedFor);
            Assert.Equal(("veeam-main", "TEST-*", "Test VMs, rebuilt from templates", "Dr Priya Shah"),
                (accounted.Source, accounted.Object, accounted.Reason, accounted.AcceptedBy));
            Assert.Equal(new DateTimeOffset(2026, 10, 2, 0, 0, 0, TimeSpan.Zero), accounted.AcceptedOn);

            Assert.Equal(2, definition.NotImplemented.Count);
            var first = definition.NotImplemented[0];
            Assert.Equal(("E8-RB-09", "svc", "Mia Tran", "Staff restore their own files from OneDrive versions"),
                (first.Control, first.Service, first.StatedBy, first.Reason));
            Assert.Equal(new DateTimeOffset(2026, 10, 2, 0, 0, 0, TimeSpan.Zero), first.StatedOn);
            Assert.Null(definition.NotImplemented[1].Service);
        }

        [Fact]
        public void AnAttestationNeedsOnlyOneFact()
        {
            var result = _folder.Read(WithAttestation("        encrypted: false\n        attestedBy: Sam Lee\n        attestedOn: 2026-10-02\n"));

            Assert.Empty(result.Problems);
            var attested = Assert.Single(result.Definition!.Sources[0].Repositories);
            Assert.Equal(false, attested.Encrypted);
            Assert.Null(attested.Location);
            Assert.Null(attested.Immutable);
            Assert.Null(attested.ImmutableDays);
            Assert.Null(attested.SharesProductionCredentials);
        }

        [Fact]
        public void AnAttestationWithNoFactIsAnError() =>
            Expect(WithAttestation("        attestedBy: Sam Lee\n        attestedOn: 2026-10-02\n"), "MissingKey", "match: Wasabi");

        [Theory]
        [InlineData("        location: basement\n", "BadValue", "basement")]
        [InlineData("        encrypted: maybe\n", "WrongType", "maybe")]
        [InlineData("        immutable: 30\n", "WrongType", "30")]
        [InlineData("        immutableDays: -1\n", "WrongType", "-1")]
        [InlineData("        immutableDays: thirty\n", "WrongType", "thirty")]
        [InlineData("        sharesProductionCredentials: no way\n", "WrongType", "no way")]
        [InlineData("        encrypted: true\n        attestedOn: 2026-13-02\n", "BadDate", "2026-13-02")]
        [InlineData("        encrypted: true\n        immutible: true\n", "UnknownKey", "immutible")]
        public void BadAttestedValuesAreLocated(string body, string code, string token)
        {
            var complete = body.Contains("attestedOn") ? body + "        attestedBy: Sam Lee\n" : body + "        attestedBy: Sam Lee\n        attestedOn: 2026-10-02\n";
            Expect(WithAttestation(complete), code, token);
        }

        [Theory]
        [InlineData("attestedBy")]
        [InlineData("attestedOn")]
        public void AnAttestationSaysWhoAndWhen(string key)
        {
            var body = "        encrypted: true\n        attestedBy: Sam Lee\n        attestedOn: 2026-10-02\n";
            var yaml = WithAttestation(string.Join("", body.Split('\n').Where(l => l.Length > 0 && !l.Contains(key)).Select(l => l + "\n")));
            var problem = Expect(yaml, "MissingKey", "match: Wasabi");
            Assert.Contains(key, problem.Message);
        }

        private const string Accounted =
            "accountedFor:\n" +
            "  - source: veeam-main\n" +
            "    object: \"TEST-*\"\n" +
            "    reason: Test VMs\n" +
            "    acceptedBy: Dr Priya Shah\n" +
            "    acceptedOn: 2026-10-02\n";

        [Fact]
        public void AccountedForMustNameAKnownSource() =>
            Expect(WithSource + Accounted.Replace("source: veeam-main", "source: veeam-dr"), "UnknownId", "veeam-dr");

        [Theory]
        [InlineData("    object: \"TEST-*\"\n")]
        [InlineData("    reason: Test VMs\n")]
        [InlineData("    acceptedBy: Dr Priya Shah\n")]
        [InlineData("    acceptedOn: 2026-10-02\n")]
        [InlineData("  - source: veeam-main\n")]
        public void AccountedForNeedsEveryKey(string line)
        {
            var yaml = WithSource + Accounted.Replace(line, line.StartsWith("  -") ? "  -\n" : "");
            var result = _folder.Read(yaml);
            var problem = DefinitionFolder.Single(result, "MissingKey");
            Assert.Null(result.Definition);
            Assert.Contains(line.Trim().TrimStart('-', ' ').Split(':')[0], problem.Message);
        }

        [Theory]
        [InlineData("    acceptedOn: 2026-10-02\n", "    acceptedOn: last week\n", "BadDate", "last week")]
        [InlineData("    reason: Test VMs\n", "    reason: Test VMs\n    expires: 2027-01-01\n", "UnknownKey", "expires")]
        [InlineData("    object: \"TEST-*\"\n", "    object: [a, b]\n", "WrongType", "[a, b]")]
        public void BadAccountedForValuesAreLocated(string line, string replacement, string code, string token) =>
            Expect(WithSource + Accounted.Replace(line, replacement), code, token);

        private const string NotImplemented =
            "notImplemented:\n" +
            "  - control: E8-RB-09\n" +
            "    service: svc\n" +
            "    statedBy: Mia Tran\n" +
            "    statedOn: 2026-10-02\n" +
            "    reason: Staff restore their own files\n";

        [Theory]
        [InlineData("control: E8-RB-09", "control: E8-RB-99", "UnknownId", "E8-RB-99")]
        [InlineData("service: svc", "service: payroll", "UnknownId", "payroll")]
        [InlineData("statedOn: 2026-10-02", "statedOn: 02/10/2026", "BadDate", "02/10/2026")]
        [InlineData("reason: Staff restore their own files", "because: Staff restore their own files", "UnknownKey", "because")]
        public void BadNotImplementedValuesAreLocated(string text, string replacement, string code, string token)
        {
            var yaml = DefinitionFolder.Minimal + NotImplemented.Replace(text, replacement);
            var result = _folder.Read(yaml);
            var problem = result.Problems.First(p => p.Code == code);
            Assert.Equal(At(yaml, token), (problem.Line, problem.Column));
            Assert.Null(result.Definition);
        }

        [Theory]
        [InlineData("    statedBy: Mia Tran\n", "statedBy")]
        [InlineData("    statedOn: 2026-10-02\n", "statedOn")]
        [InlineData("    reason: Staff restore their own files\n", "reason")]
        public void NotImplementedNeedsWhoWhenAndWhy(string line, string key)
        {
            var result = _folder.Read(DefinitionFolder.Minimal + NotImplemented.Replace(line, ""));
            var problem = DefinitionFolder.Single(result, "MissingKey");
            Assert.Contains(key, problem.Message);
            Assert.Null(result.Definition);
        }

        [Fact]
        public void V1DefinitionsHaveEmptyV11Lists()
        {
            var definition = _folder.Read(WithSource).Definition!;

            Assert.Empty(definition.AccountedFor);
            Assert.Empty(definition.NotImplemented);
            Assert.Empty(definition.Sources[0].Repositories);
        }
    }
}
