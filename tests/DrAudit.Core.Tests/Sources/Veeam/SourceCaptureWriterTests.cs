using DrAudit.Core.Storage;
using System.Net;
using DrAudit.Core.Hosting;
using DrAudit.Core.Model;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Sources;
using DrAudit.Collectors.Veeam;
using DrAudit.Core.Tests.Simulators.Veeam;

namespace DrAudit.Core.Tests.Sources.Veeam
{
    /// <summary>Save-DrSourceCapture's core: a live source captured into a folder that appears only complete, read back
    /// by the capture mode, never replacing an existing folder without force.</summary>
    public sealed class SourceCaptureWriterTests : IDisposable
    {
        private readonly string _root = Path.Combine(Path.GetTempPath(), "draudit-capture-" + Guid.NewGuid().ToString("N"));

        public SourceCaptureWriterTests() => Directory.CreateDirectory(_root);

        public void Dispose() => Directory.Delete(_root, recursive: true);

        private static ClientDefinition Definition(SourceDefinition source) => new ClientDefinition
        {
            FilePath = "/test/client.yaml",
            Client = new ClientInfo { Id = "c", Name = "C" },
            AsOf = VeeamScenarios.AsOf,
            AuditWindow = Duration.FromDays(35),
            Sources = { source, new SourceDefinition { Id = "export", Type = SourceDefinition.InventoryType, Path = "/test/x.json" } },
        };

        private static Dictionary<string, NetworkCredential> Credentials(VeeamRig rig) =>
            new Dictionary<string, NetworkCredential> { [VeeamRig.SourceId] = new NetworkCredential(rig.Server.User, rig.Server.Password) };

        [Fact]
        public async Task A_live_source_is_captured_and_reads_back_as_the_same_inventory()
        {
            await using var rig = await VeeamRig.StartAsync(VeeamScenarios.Standard());
            var target = Path.Combine(_root, "capture");

            var live = SourceCaptureWriter.Save(Definition(rig.Source()), VeeamRig.SourceId, target, false, Credentials(rig), SilentAuditHost.Instance, CancellationToken.None);

            Assert.NotNull(live);
            Assert.True(live!.Ok, live.Error);
            Assert.True(File.Exists(Path.Combine(target, "index.json")));
            Assert.Equal(new[] { "capture" }, Directory.GetFileSystemEntries(_root).Select(Path.GetFileName));
            var replay = new VeeamCollector().Collect(new SourceDefinition { Id = VeeamRig.SourceId, Type = "veeam", Capture = target },
                new CollectionContext(VeeamScenarios.AsOf, Duration.FromDays(35), SilentAuditHost.Instance), CancellationToken.None);
            Assert.True(replay.Ok, replay.Error);
            Assert.Equal(live.Inventory!.RestorePoints.Count, replay.Inventory!.RestorePoints.Count);
            Assert.Equal(live.Inventory.Runs.Count, replay.Inventory.Runs.Count);
        }

        [Theory]
        [InlineData("index.json", "{ \"format\": \"draudit-veeam-capture/1\", \"apiVersion\": \"1.3-rev1\", \"responses\": [] }", true)]
        [InlineData("capture.json", "{ \"source\": \"m365\", \"system\": \"Microsoft 365 Backup Storage\", \"collectedAt\": \"2026-11-01T00:00:00Z\" }", true)]
        [InlineData("index.json", "{ \"format\": \"something-else\" }", false)]
        [InlineData("capture.json", "{ \"note\": \"mine\" }", false)]
        [InlineData("notes.txt", "just notes", false)]
        public void Only_a_folder_DrAudit_saved_counts_as_a_capture(string file, string content, bool isCapture)
        {
            var folder = Path.Combine(_root, "maybe");
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, file), content);

            Assert.Equal(isCapture, SourceCaptureWriter.IsCapture(folder));
        }

        /// <summary>A capture saved earlier: its index.json says it is a Veeam capture (Force replaces only captures).</summary>
        private static void EarlierCapture(string target)
        {
            Directory.CreateDirectory(target);
            File.WriteAllText(Path.Combine(target, "index.json"), "{ \"format\": \"draudit-veeam-capture/1\", \"apiVersion\": \"1.3-rev1\", \"responses\": [] }");
            File.WriteAllText(Path.Combine(target, "earlier.txt"), "earlier capture");
        }

        [Fact]
        public async Task A_folder_that_is_not_a_capture_is_not_replaced_even_with_force()
        {
            await using var rig = await VeeamRig.StartAsync(VeeamScenarios.Standard());
            var target = Path.Combine(_root, "notes");
            Directory.CreateDirectory(target);
            File.WriteAllText(Path.Combine(target, "notes.txt"), "mine");

            var e = Assert.Throws<FolderNotReplaceableException>(() => SourceCaptureWriter.Save(Definition(rig.Source()), VeeamRig.SourceId, target, true, Credentials(rig), SilentAuditHost.Instance, CancellationToken.None));

            Assert.Equal(target, e.FolderPath);
            Assert.Equal("mine", File.ReadAllText(Path.Combine(target, "notes.txt")));
            Assert.Empty(rig.Server.Requests);
        }

        [Fact]
        public async Task A_capture_is_never_saved_inside_an_evidence_pack()
        {
            await using var rig = await VeeamRig.StartAsync(VeeamScenarios.Standard());
            var pack = Path.Combine(_root, "pack");
            Directory.CreateDirectory(pack);
            File.WriteAllText(Path.Combine(pack, "manifest.json"), "{ \"apiVersion\": \"draudit/v1\", \"kind\": \"EvidencePackManifest\", \"files\": [] }");

            var e = Assert.Throws<FolderNotReplaceableException>(() => SourceCaptureWriter.Save(Definition(rig.Source()), VeeamRig.SourceId,
                Path.Combine(pack, "capture"), true, Credentials(rig), SilentAuditHost.Instance, CancellationToken.None));

            Assert.Contains("inside " + pack, e.Message);
            Assert.Equal(new[] { "manifest.json" }, Directory.GetFileSystemEntries(pack).Select(Path.GetFileName));
            Assert.Empty(rig.Server.Requests);
        }

        [Fact]
        public async Task An_existing_folder_is_refused_without_force_and_replaced_with_it()
        {
            await using var rig = await VeeamRig.StartAsync(VeeamScenarios.Standard());
            var target = Path.Combine(_root, "capture");
            EarlierCapture(target);

            Assert.Throws<IOException>(() => (object?)SourceCaptureWriter.Save(Definition(rig.Source()), VeeamRig.SourceId, target, false, Credentials(rig), SilentAuditHost.Instance, CancellationToken.None));
            Assert.True(File.Exists(Path.Combine(target, "earlier.txt")));
            Assert.Empty(rig.Server.Requests);

            var replaced = SourceCaptureWriter.Save(Definition(rig.Source()), VeeamRig.SourceId, target, true, Credentials(rig), SilentAuditHost.Instance, CancellationToken.None);

            Assert.True(replaced!.Ok, replaced.Error);
            Assert.False(File.Exists(Path.Combine(target, "earlier.txt")));
            Assert.True(File.Exists(Path.Combine(target, "index.json")));
            Assert.Equal(new[] { "capture" }, Directory.GetFileSystemEntries(_root).Select(Path.GetFileName));
        }

        /// <summary>A capture whose own files cannot be written (a disk that fills; here its staging folder turns into a
        /// file under the collector) is reported as the capture not written, in words, never as a source that could not
        /// be read (which named the hidden staging folder); nothing is left and the earlier capture stays.</summary>
        [Fact]
        public async Task A_capture_that_cannot_be_written_is_not_reported_as_a_failed_source()
        {
            await using var rig = await VeeamRig.StartAsync(VeeamScenarios.Standard());
            var target = Path.Combine(_root, "capture");
            EarlierCapture(target);

            var e = Assert.Throws<OutputNotWrittenException>(() => SourceCaptureWriter.Save(Definition(rig.Source()), VeeamRig.SourceId, target, true,
                Credentials(rig), new SpoilingHost(_root), CancellationToken.None));

            Assert.EndsWith("The earlier capture at " + target + " is kept as it was.", e.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(".tmp-", e.Message, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(target, "earlier.txt")));
            Assert.Equal(new[] { "capture" }, Directory.GetFileSystemEntries(_root).Select(Path.GetFileName));
        }

        /// <summary>At the collector's first message, replaces the capture's staging folder with a file.</summary>
        private sealed class SpoilingHost : IAuditHost
        {
            private readonly string _parent;
            private bool _spoiled;

            public SpoilingHost(string parent) => _parent = parent;

            public void WriteVerbose(string message) => Spoil();
            public void WriteWarning(string message) { }
            public void WriteProgress(ProgressReport progress) => Spoil();
            public bool ShouldProcess(string target, string action) => true;

            private void Spoil()
            {
                if (_spoiled) return;
                var staging = Directory.GetDirectories(_parent, ".capture.tmp-*").SingleOrDefault();
                if (staging == null) return;
                _spoiled = true;
                Directory.Delete(staging, true);
                File.WriteAllText(staging, "not a folder");
            }
        }

        [Fact]
        public async Task A_source_that_fails_leaves_no_folder_and_the_earlier_capture_untouched()
        {
            await using var rig = await VeeamRig.StartAsync(VeeamScenarios.Standard());
            var target = Path.Combine(_root, "capture");
            EarlierCapture(target);
            var wrongPassword = new Dictionary<string, NetworkCredential> { [VeeamRig.SourceId] = new NetworkCredential(rig.Server.User, "wrong-password") };

            var data = SourceCaptureWriter.Save(Definition(rig.Source()), VeeamRig.SourceId, target, true, wrongPassword, SilentAuditHost.Instance, CancellationToken.None);

            Assert.False(data!.Ok);
            Assert.True(File.Exists(Path.Combine(target, "earlier.txt")));
            Assert.Equal(new[] { "capture" }, Directory.GetFileSystemEntries(_root).Select(Path.GetFileName));
        }

        [Fact]
        public void Declining_writes_nothing_and_reads_nothing()
        {
            var source = new SourceDefinition { Id = "v", Type = "veeam", Url = "https://127.0.0.1:1" };
            var target = Path.Combine(_root, "capture");

            var data = SourceCaptureWriter.Save(Definition(source), "v", target, false, new Dictionary<string, NetworkCredential>(), new DecliningHost(), CancellationToken.None);

            Assert.Null(data);
            Assert.Empty(Directory.GetFileSystemEntries(_root));
        }

        [Theory]
        [InlineData("nope", typeof(ArgumentException))]
        [InlineData("export", typeof(NotSupportedException))]
        public void Only_a_live_source_of_a_capturable_type_can_be_captured(string sourceId, Type expected)
        {
            var definition = Definition(new SourceDefinition { Id = "v", Type = "veeam", Url = "https://127.0.0.1:1" });

            var e = Assert.Throws(expected, () => SourceCaptureWriter.CapturableSource(definition, sourceId));

            Assert.Contains(sourceId, e.Message);
        }

        private sealed class DecliningHost : IAuditHost
        {
            public void WriteVerbose(string message) { }
            public void WriteWarning(string message) { }
            public void WriteProgress(ProgressReport progress) { }
            public bool ShouldProcess(string target, string action) => false;
        }
    }
}
