using System.Net;
using DrAudit.Collectors.Vb365;
using DrAudit.Core.Hosting;
using DrAudit.Core.Loading.Inventory;
using DrAudit.Core.Model;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Sources;
using DrAudit.Core.Tests.Simulators.Vb365;

namespace DrAudit.Core.Tests.Sources.Vb365
{
    /// <summary>Save-DrSourceCapture's core for a vb365 source: the live read saved into a folder that the capture mode
    /// reads back as the same inventory (Fair evidence), holding no password or token; a capture with another page size
    /// is still read; a capture missing an answer fails the source saying so.</summary>
    public sealed class Vb365CaptureTests : IDisposable
    {
        private readonly string _root = Directory.CreateTempSubdirectory("draudit-vb365-capture").FullName;

        public void Dispose() => Directory.Delete(_root, recursive: true);

        private static ClientDefinition Definition(SourceDefinition source) => new()
        {
            FilePath = "/test/client.yaml",
            Client = new ClientInfo { Id = "c", Name = "C" },
            AsOf = Vb365Scenarios.AsOf,
            AuditWindow = Duration.FromDays(35),
            Sources = { source },
        };

        private static SourceDefinition FromCapture(string folder) =>
            new() { Id = Vb365Rig.SourceId, Type = SourceDefinition.Vb365Type, Capture = folder, Organization = Vb365Scenarios.Organization };

        private static CollectionContext Context() => new(Vb365Scenarios.AsOf, Duration.FromDays(35), SilentAuditHost.Instance);

        private static string Json(DrAudit.Core.Model.Inventory.Inventory inventory)
        {
            var path = Path.GetTempFileName();
            try
            {
                InventoryJsonWriter.Save(inventory, path);
                return File.ReadAllText(path);
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Fact]
        public async Task ALiveSourceIsCapturedAndReadsBackAsTheSameInventory()
        {
            await using var rig = await Vb365Rig.StartAsync(Vb365Scenarios.Standard());
            var target = Path.Combine(_root, "capture");
            var credentials = new Dictionary<string, NetworkCredential> { [Vb365Rig.SourceId] = new NetworkCredential(rig.Server.User, rig.Server.Password) };

            var live = SourceCaptureWriter.Save(Definition(rig.Source()), Vb365Rig.SourceId, target, false, credentials, SilentAuditHost.Instance, CancellationToken.None);

            Assert.NotNull(live);
            Assert.True(live!.Ok, live.Error);
            Assert.True(SourceCaptureWriter.IsCapture(target));
            var replay = new Vb365SourceCollector().Collect(FromCapture(target), Context(), CancellationToken.None);
            Assert.True(replay.Ok, replay.Error);
            Assert.Equal(EvidenceQuality.Fair, replay.Quality);
            Assert.Equal(live.CollectedAt, replay.CollectedAt);
            Assert.Equal(Json(live.Inventory!), Json(replay.Inventory!));
            foreach (var file in Directory.GetFiles(target))
            {
                var text = File.ReadAllText(file);
                Assert.DoesNotContain(rig.Server.Password, text);
                Assert.DoesNotContain("sim365-", text);
            }
        }

        [Fact]
        public async Task ACaptureTakenWithAnotherPageSizeIsReadPageByPage()
        {
            await using var rig = await Vb365Rig.StartAsync(Vb365Scenarios.Standard());
            var target = Path.Combine(_root, "capture");
            var credentials = new Dictionary<string, NetworkCredential> { [Vb365Rig.SourceId] = new NetworkCredential(rig.Server.User, rig.Server.Password) };
            var live = SourceCaptureWriter.Save(Definition(rig.Source()), Vb365Rig.SourceId, target, false, credentials, SilentAuditHost.Instance, CancellationToken.None)!;
            Assert.True(live.Ok, live.Error);

            var replay = new Vb365SourceCollector(new Vb365CollectorOptions { PageSize = 50 }).Collect(FromCapture(target), Context(), CancellationToken.None);

            Assert.True(replay.Ok, replay.Error);
            Assert.Equal(Json(live.Inventory!), Json(replay.Inventory!));
        }

        [Fact]
        public async Task ACaptureMissingARequiredAnswerFailsTheSourceSayingWhichOne()
        {
            await using var rig = await Vb365Rig.StartAsync(Vb365Scenarios.Standard());
            var target = Path.Combine(_root, "capture");
            var credentials = new Dictionary<string, NetworkCredential> { [Vb365Rig.SourceId] = new NetworkCredential(rig.Server.User, rig.Server.Password) };
            Assert.True(SourceCaptureWriter.Save(Definition(rig.Source()), Vb365Rig.SourceId, target, false, credentials, SilentAuditHost.Instance, CancellationToken.None)!.Ok);
            foreach (var file in Directory.GetFiles(target, "*-BackupRepositories.json")) File.Delete(file);
            var index = Path.Combine(target, "index.json");
            var json = Newtonsoft.Json.Linq.JObject.Parse(File.ReadAllText(index));
            foreach (var entry in ((Newtonsoft.Json.Linq.JArray)json["responses"]!).Where(e => ((string)e["request"]!).Contains("BackupRepositories", StringComparison.Ordinal)).ToList())
                entry.Remove();
            File.WriteAllText(index, json.ToString());

            var replay = new Vb365SourceCollector().Collect(FromCapture(target), Context(), CancellationToken.None);

            Assert.Equal(SourceState.Failed, replay.State);
            Assert.True(replay.Error!.Contains("has no response for GET /v8/BackupRepositories", StringComparison.Ordinal), replay.Error);
        }

        [Fact]
        public async Task TheCommandLineAuditsAVb365CaptureAndWritesThePack()
        {
            await using (var rig = await Vb365Rig.StartAsync(Vb365Scenarios.Standard()))
            {
                var credentials = new Dictionary<string, NetworkCredential> { [Vb365Rig.SourceId] = new NetworkCredential(rig.Server.User, rig.Server.Password) };
                Assert.True(SourceCaptureWriter.Save(Definition(rig.Source()), Vb365Rig.SourceId, Path.Combine(_root, "capture"), false, credentials, SilentAuditHost.Instance, CancellationToken.None)!.Ok);
            }
            File.WriteAllText(Path.Combine(_root, "client.yaml"), @"apiVersion: draudit/v1
client: { id: contoso, name: Contoso Dental }
asOf: 2026-11-01T00:00:00Z
services:
  - { id: email, name: Email, tier: critical, components: [priya-mail] }
components:
  - { id: priya-mail, name: Priya mailbox, kind: m365-mailbox, backup: { match: [ { source: vb365, object: priya@contoso.com } ] } }
sources:
  - { id: vb365, type: vb365, organization: contoso.onmicrosoft.com, capture: ./capture }
");
            var pack = Path.Combine(_root, "pack");

            var run = DrAudit.Core.Tests.Cli.CliRun.Of("audit", Path.Combine(_root, "client.yaml"), "--out", pack);

            Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr); // 4 would mean a source could not be read
            var readiness = Newtonsoft.Json.Linq.JObject.Parse(File.ReadAllText(Path.Combine(pack, "readiness.json")));
            var source = (Newtonsoft.Json.Linq.JObject)readiness.SelectToken("sources[0]")!;
            Assert.Equal("vb365", (string?)source["id"]);
            Assert.Equal("vb365", (string?)source["type"]);
            Assert.Contains(Directory.GetFiles(pack, "*", SearchOption.AllDirectories), f => f.EndsWith(".xlsx", StringComparison.Ordinal));
        }

        [Fact]
        public void AFolderThatIsNotACaptureFailsTheSource()
        {
            File.WriteAllText(Path.Combine(_root, "index.json"), "{ \"format\": \"draudit-veeam-capture/1\", \"apiVersion\": \"1.3-rev1\", \"responses\": [] }");

            var data = new Vb365SourceCollector().Collect(FromCapture(_root), Context(), CancellationToken.None);

            Assert.Equal(SourceState.Failed, data.State);
            Assert.Contains("is not a Veeam Backup for Microsoft 365 capture index (format must be 'draudit-vb365-capture/1')", data.Error);
            Assert.True(SourceCaptureWriter.IsCapture(_root)); // a Veeam capture, which Force may replace
        }
    }
}
