using DrAudit.Core.Loading.Definition;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Onboarding;
using DrAudit.Core.Tests.Sources;

namespace DrAudit.Core.Tests.Onboarding
{
    /// <summary>Drafting from a neutral inventory file: any backup product, names that are hostile to YAML, SaaS jobs,
    /// disabled jobs and discovery.</summary>
    public sealed class InventoryDraftTests : IDisposable
    {
        private const string Hostile = "SRV \"01\" # not a comment\\ {x}: [y], *";
        private readonly string _folder = OnboardingFiles.NewFolder();

        public void Dispose() => Directory.Delete(_folder, true);

        private const string Inventory = @"{
  ""apiVersion"": ""draudit/v1"", ""kind"": ""Inventory"", ""source"": ""datto"", ""system"": ""Datto SIRIS 5"",
  ""collectedAt"": ""2026-11-01T00:00:00Z"",
  ""repositories"": [ { ""id"": ""cloud"", ""name"": ""Datto cloud"", ""location"": ""cloud"" } ],
  ""jobs"": [
    { ""id"": ""j1"", ""name"": ""Servers nightly"", ""kind"": ""backup"", ""objects"": [""DC01"", ""SRV \""01\"" # not a comment\\ {x}: [y], *""], ""repository"": ""cloud"" },
    { ""id"": ""j2"", ""name"": ""Mail"", ""kind"": ""saas"", ""objects"": [""a@example.com"", ""b@example.com""], ""repository"": ""cloud"" },
    { ""id"": ""j3"", ""name"": ""Old file server"", ""kind"": ""backup"", ""enabled"": false, ""objects"": [""FS-OLD""] }
  ],
  ""runs"": [],
  ""restorePoints"": [ { ""object"": ""SQL-ONLY-POINTS"", ""time"": ""2026-10-31T22:00:00Z"", ""repository"": ""cloud"" } ],
  ""discovered"": [
    { ""object"": ""DC01"", ""kind"": ""server"", ""platform"": ""Hyper-V HV01"" },
    { ""object"": ""a@example.com"", ""kind"": ""mailbox"" },
    { ""object"": ""b@example.com"", ""kind"": ""mailbox"" },
    { ""object"": ""c@example.com"", ""kind"": ""mailbox"", ""platform"": ""Microsoft 365"" }
  ]
}";

        private DraftResult Draft()
        {
            var exports = Path.Combine(_folder, "exports");
            Directory.CreateDirectory(exports);
            File.WriteAllText(Path.Combine(exports, "datto.json"), Inventory);
            return ClientDefinitionInitializer.Run(new DraftRequest
            {
                Sources = { SourceSpec.Parse("type=inventory,path=./exports/datto.json", _folder) },
                OutputPath = Path.Combine(_folder, "clients", "acme", "client.yaml"),
                ClientName = "Acme \"Dental\"\n# injected",
            }, new RecordingAuditHost(), CancellationToken.None);
        }

        [Fact]
        public void The_draft_loads_and_keeps_every_name_exactly()
        {
            var result = Draft();

            var read = ClientDefinitionLoader.Read(result.Path);
            Assert.False(read.HasErrors, string.Join("\n", read.Problems));
            var definition = read.Definition!;
            Assert.Equal("Acme \"Dental\"\n# injected", definition.Client.Name);
            Assert.Contains(definition.Components, c => c.Backup!.Match.Count == 1 && c.Backup.Match[0].Object == Hostile && c.Name == Hostile);
            Assert.Equal("../../exports/datto.json", System.Text.RegularExpressions.Regex.Match(result.Text, "path: \"([^\"]+)\"").Groups[1].Value);
            Assert.Equal(Path.Combine(_folder, "exports", "datto.json"), definition.Sources.Single().Path);
            Assert.Equal("inventory", definition.Sources.Single().Id);
            Assert.Contains("# DECIDE: this name holds *, which backup.match reads as a wildcard", result.Text);
        }

        [Fact]
        public void Objects_group_by_object_and_by_saas_job_with_kinds_from_discovery()
        {
            var definition = ClientDefinitionLoader.Load(Draft().Path);

            Assert.Equal(new[] { "mail", "dc01", "srv-01-not-a-comment-x-y", "sql-only-points" }, definition.Components.Select(c => c.Id));
            var mail = definition.FindComponent("mail")!;
            Assert.Equal(ComponentKind.M365Mailbox, mail.Kind);
            Assert.Equal(new[] { "a@example.com", "b@example.com" }, mail.Backup!.Match.Select(m => m.Object));
            Assert.Equal(ComponentKind.Server, definition.FindComponent("dc01")!.Kind);
            Assert.Equal(ComponentKind.Other, definition.FindComponent("sql-only-points")!.Kind);
            Assert.DoesNotContain(definition.Components, c => c.Backup!.Match.Any(m => m.Object == "FS-OLD"));
        }

        [Fact]
        public void What_nothing_protects_is_listed_and_nothing_is_accounted_for()
        {
            var result = Draft();

            Assert.Equal(new[] { "c@example.com", "FS-OLD" }, result.Draft.Undecided.Select(u => u.Object));
            Assert.Contains("#   inventory: c@example.com (mailbox on Microsoft 365)", result.Text);
            Assert.Contains("#   inventory: FS-OLD (only in the disabled job \"Old file server\")", result.Text);
            Assert.Empty(ClientDefinitionLoader.Load(result.Path).AccountedFor);
            Assert.DoesNotContain("cannot list the workloads", result.Text);
        }

        /// <summary>An inventory without <c>discovered</c> cannot list its environment: the draft says what it does not
        /// protect is unknown, rather than listing nothing as if nothing were left.</summary>
        [Fact]
        public void A_source_that_cannot_list_its_environment_says_so()
        {
            var path = Path.Combine(_folder, "blind.json");
            File.WriteAllText(path, @"{ ""apiVersion"": ""draudit/v1"", ""kind"": ""Inventory"", ""source"": ""blind"", ""repositories"": [],
  ""jobs"": [ { ""id"": ""j1"", ""name"": ""Nightly"", ""kind"": ""backup"", ""objects"": [""APP01""] } ], ""runs"": [], ""restorePoints"": [] }");

            var result = ClientDefinitionInitializer.Run(new DraftRequest
            {
                Sources = { SourceSpec.Parse("type=inventory,id=blind,path=" + path, _folder) },
                OutputPath = Path.Combine(_folder, "client.yaml"),
                ClientId = "blind-client",
            }, new RecordingAuditHost(), CancellationToken.None);

            Assert.Empty(result.Draft.Undecided);
            Assert.Contains("# blind cannot list the workloads in its environment, so what it does not protect is unknown: check by hand.", result.Text);
            Assert.Equal("APP01", ClientDefinitionLoader.Load(result.Path).Components.Single().Backup!.Match.Single().Object);
        }
    }
}
