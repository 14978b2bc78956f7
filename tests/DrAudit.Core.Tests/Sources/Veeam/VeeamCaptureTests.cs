using DrAudit.Core.Loading.Inventory;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;
using DrAudit.Collectors.Veeam;
using DrAudit.Core.Tests.Simulators.Veeam;

namespace DrAudit.Core.Tests.Sources.Veeam
{
    /// <summary>Saved-response mode: a live read can save a capture folder, and the same parser reads it back.</summary>
    public class VeeamCaptureTests
    {
        private static string NewFolder() => Path.Combine(Path.GetTempPath(), "draudit-veeam-" + Guid.NewGuid().ToString("N"));

        private static string Json(DrAudit.Core.Model.Inventory.Inventory inventory)
        {
            inventory.CollectedAt = null;
            inventory.System = null;
            var writer = new StringWriter();
            InventoryJsonWriter.Write(inventory, writer);
            return writer.ToString();
        }

        [Theory]
        [InlineData("1.1-rev0")]
        [InlineData("1.3-rev1")]
        public async Task ALiveReadSavesACaptureThatReadsBackToTheSameInventory(string revision)
        {
            await using var rig = await VeeamRig.StartAsync(VeeamScenarios.Standard());
            rig.Server.SupportedVersions = new List<string> { revision };
            var folder = NewFolder();
            var context = rig.Context();
            context.SaveCaptureTo = folder;

            var live = rig.Collect(context: context);
            var replay = new VeeamCollector(rig.Options).Collect(
                new SourceDefinition { Id = VeeamRig.SourceId, Type = "veeam", Capture = folder }, rig.Context(withCredential: false), CancellationToken.None);

            Assert.True(live.Ok, live.Error);
            Assert.True(replay.Ok, replay.Error);
            Assert.Equal(EvidenceQuality.Fair, replay.Quality);
            Assert.Equal(live.CollectedAt, replay.CollectedAt);
            Assert.Equal(live.Inventory!.System, replay.Inventory!.System);
            Assert.Equal(live.RestoreTests.Count, replay.RestoreTests.Count);
            Assert.Equal(Json(live.Inventory), Json(replay.Inventory));
            var index = Newtonsoft.Json.Linq.JObject.Parse(File.ReadAllText(Path.Combine(folder, "index.json")));
            Assert.Equal(revision, (string?)index["apiVersion"]);
            // Every read is saved: the GETs and (1.3) the inventory browser's POST searches; never the token or logout POSTs.
            Assert.Equal(rig.Server.Requests.Count(r => r.Method == "GET" || r.PathAndQuery.StartsWith("/api/v1/inventory", StringComparison.Ordinal)),
                ((Newtonsoft.Json.Linq.JArray)index["responses"]!).Count);
        }

        [Fact]
        public async Task NoFileTheCaptureWritesHoldsThePasswordOrATokenOrTheAuthorizationHeader()
        {
            await using var rig = await VeeamRig.StartAsync(VeeamScenarios.Standard());
            var folder = NewFolder();
            var context = rig.Context();
            context.SaveCaptureTo = folder;

            Assert.True(rig.Collect(context: context).Ok);

            var files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories);
            Assert.True(files.Length > 10);
            foreach (var file in files)
            {
                var text = File.ReadAllText(file);
                Assert.DoesNotContain(rig.Server.Password, text);
                Assert.DoesNotContain("sim-access-", text);
                Assert.DoesNotContain("sim-refresh-", text);
                Assert.DoesNotContain("Bearer", text);
                Assert.DoesNotContain("access_token", text);
            }
            Assert.All(rig.Host.AllText(), t => Assert.DoesNotContain(rig.Server.Password, t));
        }

        [Fact]
        public async Task ACaptureTakenForOneWindowIsReadForAnother()
        {
            await using var rig = await VeeamRig.StartAsync(VeeamScenarios.Standard());
            var folder = NewFolder();
            var context = rig.Context();
            context.SaveCaptureTo = folder;
            Assert.True(rig.Collect(context: context).Ok);

            var later = new DrAudit.Core.Sources.CollectionContext(VeeamScenarios.AsOf.AddDays(3), DrAudit.Core.Model.Duration.FromDays(35), rig.Host);
            var replay = new VeeamCollector().Collect(new SourceDefinition { Id = "veeam-main", Type = "veeam", Capture = folder }, later, CancellationToken.None);

            Assert.True(replay.Ok, replay.Error);
            Assert.Equal(31, replay.Inventory!.Runs.Count);
        }

        [Fact]
        public void AMissingCaptureFolderOrResponseFailsTheSource()
        {
            var missing = new VeeamCollector().Collect(new SourceDefinition { Id = "v", Type = "veeam", Capture = NewFolder() },
                new DrAudit.Core.Sources.CollectionContext(VeeamScenarios.AsOf, DrAudit.Core.Model.Duration.FromDays(35), new ProgressRecordingHost()), CancellationToken.None);
            Assert.Equal(SourceState.Failed, missing.State);
            Assert.Contains("does not exist", missing.Error);

            var folder = NewFolder();
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "index.json"), "{\"format\":\"draudit-veeam-capture/1\",\"apiVersion\":\"1.3-rev1\",\"responses\":[{\"request\":\"/api/v1/serverInfo\",\"file\":\"0001-serverInfo.json\"}]}");
            File.WriteAllText(Path.Combine(folder, "0001-serverInfo.json"), "{\"buildVersion\":\"13.0.0.4967\"}");
            var partial = new VeeamCollector().Collect(new SourceDefinition { Id = "v", Type = "veeam", Capture = folder },
                new DrAudit.Core.Sources.CollectionContext(VeeamScenarios.AsOf, DrAudit.Core.Model.Duration.FromDays(35), new ProgressRecordingHost()), CancellationToken.None);
            Assert.Equal(SourceState.Failed, partial.State);
            Assert.Contains("has no response for GET /api/v1/jobs?skip=0&limit=200", partial.Error);
        }
    }
}
