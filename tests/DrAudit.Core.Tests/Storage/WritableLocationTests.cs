using DrAudit.Core.Packs;
using DrAudit.Core.Storage;
using DrAudit.Core.Tests.Cli;
using DrAudit.Core.Tests.Packs;

namespace DrAudit.Core.Tests.Storage
{
    /// <summary>A folder that cannot be written is refused before the audit (not after it, naming a hidden lock file),
    /// naming the folder, and the check creates nothing.</summary>
    public class WritableLocationTests
    {
        private const int ReadOnlyFs = 30, Immutable = 1, Denied = 13;

        [Theory]
        [InlineData(ReadOnlyFs, "its file system is mounted read-only")]
        [InlineData(Immutable, "the system does not allow changes in it (it may be marked immutable)")]
        [InlineData(Denied, "this account may not create files in it")]
        public void The_nearest_existing_folder_that_cannot_be_written_is_named_and_nothing_is_created(int errno, string reason)
        {
            using var temp = new TempFolder();
            var target = temp.Combine("packs", "2026", "acme");
            var asked = new List<string>();

            var error = Assert.Throws<FolderNotWritableException>(() => WritableLocation.EnsureCanBeMade(target, "the pack folder", folder =>
            {
                asked.Add(folder);
                return errno;
            }));

            Assert.Equal(new[] { temp.Path }, asked);
            Assert.Equal(temp.Path, error.FolderPath);
            Assert.Equal("cannot write in " + temp.Path + ": " + reason + ". Nothing was written or changed; choose another folder, or make " + temp.Path +
                         " writable for this account.", error.Message);
            Assert.Empty(temp.Entries());
        }

        [Fact]
        public void A_writable_folder_or_one_the_system_cannot_judge_passes()
        {
            using var temp = new TempFolder();
            WritableLocation.EnsureCanBeMade(temp.Combine("pack"), "the pack folder", _ => 0);
            WritableLocation.EnsureCanBeMade(temp.Combine("pack"), "the pack folder", _ => null);
            Assert.Empty(temp.Entries());
        }

        /// <summary>The pack writer's own check (what the CLI and the cmdlets run before the audit) asks it too.</summary>
        [Fact]
        public void The_pack_target_check_refuses_a_folder_that_cannot_be_written()
        {
            using var temp = new TempFolder();
            var error = Assert.Throws<FolderNotWritableException>(() => EvidencePackWriter.CheckTarget(temp.Combine("pack"), false, "a DrAudit evidence pack",
                PackManifest.IsEvidencePack, null, _ => ReadOnlyFs));
            Assert.Equal(temp.Path, error.FolderPath);
            Assert.Empty(temp.Entries());
        }

        /// <summary>An earlier pack that may not be changed (made read-only to keep it, or immutable, which cannot even be
        /// renamed) is refused with Force before the audit, naming the pack, instead of failing after it.</summary>
        [Fact]
        public void Force_over_a_pack_that_may_not_be_changed_is_refused_naming_the_pack()
        {
            using var temp = new TempFolder();
            var pack = temp.Combine("pack");
            EvidencePackWriterTests.OldPack(pack);

            var error = Assert.Throws<FolderNotWritableException>(() => EvidencePackWriter.CheckTarget(pack, true, "a DrAudit evidence pack",
                PackManifest.IsEvidencePack, null, folder => folder == pack ? Immutable : 0));

            Assert.Equal(pack, error.FolderPath);
            Assert.Equal("{ \"old\": true }", File.ReadAllText(Path.Combine(pack, "readiness.json")));
        }

        [SkippableFact]
        public void Audit_force_over_a_pack_that_may_not_be_changed_stops_before_the_audit()
        {
            using var temp = new TempFolder();
            var pack = temp.Combine("pack");
            EvidencePackWriterTests.OldPack(pack);
            using (UnwritableFolder.Make(pack))
            {
                var run = CliRun.Of("audit", Auditing.EngineFixtures.GoodClient, "--out", pack, "--force");

                Assert.Equal(2, run.ExitCode);
                Assert.Contains("cannot write in " + pack + ":", run.Stderr, StringComparison.Ordinal);
                Assert.DoesNotContain("maturity", run.Stdout, StringComparison.OrdinalIgnoreCase);
            }
            Assert.Equal(new[] { "pack" }, temp.Entries());
            Assert.Equal("{ \"old\": true }", File.ReadAllText(Path.Combine(pack, "readiness.json")));
        }

        [SkippableFact]
        public void A_draft_client_definition_over_a_dangling_link_is_refused_as_such()
        {
            Skip.If(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
            using var temp = new TempFolder();
            var link = temp.Combine("client.yaml");
            File.CreateSymbolicLink(link, temp.Combine("gone.yaml"));

            var error = Assert.Throws<IOException>(() => DrAudit.Core.Onboarding.ClientDefinitionInitializer.CheckTarget(link, new DrAudit.Core.Onboarding.DraftRequest { OutputPath = link, Force = true }));

            Assert.Contains("is a link to something that does not exist", error.Message, StringComparison.Ordinal);
        }

        /// <summary>A name that fits but whose hidden staging sibling (15 characters longer) does not was refused only when
        /// the write began, after the audit, with the runtime's "path is too long".</summary>
        [Fact]
        public void A_name_too_long_for_its_staging_sibling_is_refused_before_anything_is_written()
        {
            using var temp = new TempFolder();
            var longest = temp.Combine(new string('p', WritableLocation.NameMax - 15));

            var error = Assert.Throws<IOException>(() => EvidencePackWriter.CheckTarget(longest + "p", force: false));

            Assert.Contains("is too long: DrAudit first writes it beside itself under a name 15 bytes longer", error.Message, StringComparison.Ordinal);
            Assert.EndsWith("Choose a name of at most 240 bytes.", error.Message, StringComparison.Ordinal);
            Assert.Equal(longest, EvidencePackWriter.CheckTarget(longest, force: false));
            Assert.Empty(temp.Entries());
        }

        [SkippableFact]
        public void A_dangling_link_in_the_way_is_named_as_a_link()
        {
            Skip.If(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
            using var temp = new TempFolder();
            var link = temp.Combine("pack");
            File.CreateSymbolicLink(link, temp.Combine("gone"));

            var error = Assert.Throws<IOException>(() => EvidencePackWriter.CheckTarget(link, force: true));
            Assert.Contains(link + " is a link to something that does not exist", error.Message, StringComparison.Ordinal);
            var under = Assert.Throws<IOException>(() => EvidencePackWriter.CheckTarget(Path.Combine(link, "acme"), force: false));
            Assert.Contains(link + " is a link to something that does not exist", under.Message, StringComparison.Ordinal);
        }

        /// <summary>The same with a folder this machine really makes unwritable (chmod as a user, chattr +i as root):
        /// <c>draudit audit</c> stops before the audit, exit 2, names the folder, and writes nothing.</summary>
        [SkippableFact]
        public void Audit_into_a_folder_that_cannot_be_written_stops_before_the_audit()
        {
            using var temp = new TempFolder();
            var parent = temp.Combine("locked");
            Directory.CreateDirectory(parent);
            using (UnwritableFolder.Make(parent))
            {
                var run = CliRun.Of("audit", Auditing.EngineFixtures.GoodClient, "--out", Path.Combine(parent, "pack"));

                Assert.Equal(2, run.ExitCode);
                Assert.Contains("cannot write in " + parent + ":", run.Stderr, StringComparison.Ordinal);
                Assert.DoesNotContain(".lock-", run.Stderr, StringComparison.Ordinal);
                Assert.DoesNotContain("maturity", run.Stdout, StringComparison.OrdinalIgnoreCase);
                Assert.Empty(Directory.GetFileSystemEntries(parent));
            }
        }
    }
}
