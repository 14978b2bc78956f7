using DrAudit.Core.Loading.Definition;
using DrAudit.Core.Model;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Tests.Loading.Definition
{
    /// <summary>The contract's own snippets, assembled into one file, load with the values they say.</summary>
    public class FullExampleTests
    {
        private static readonly string FixtureFolder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "definitions", "full");
        private static readonly string FixtureFile = Path.Combine(FixtureFolder, "contoso-dental.yaml");

        private static ClientDefinition LoadFixture()
        {
            var result = ClientDefinitionLoader.Read(FixtureFile);
            Assert.True(result.Problems.Count == 0, string.Join(Environment.NewLine, result.Problems));
            return result.Definition!;
        }

        [Fact]
        public void Header_client_and_file()
        {
            var d = LoadFixture();
            Assert.Equal(Path.GetFullPath(FixtureFile), d.FilePath);
            Assert.Equal(File.ReadAllText(FixtureFile), d.Text);
            Assert.Equal("draudit/v1", d.ApiVersion);
            Assert.Equal("contoso-dental", d.Client.Id);
            Assert.Equal("Contoso Dental Group", d.Client.Name);
            Assert.Equal("Northwind IT Services", d.Client.Msp);
            Assert.Equal(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), d.AsOf);
            Assert.Equal(Duration.FromDays(35), d.AuditWindow);
        }

        [Fact]
        public void Tiers_override_built_ins_key_by_key_and_add_new_ones()
        {
            var d = LoadFixture();
            var critical = d.Tiers["critical"];
            Assert.Equal(Duration.FromHours(1), critical.Rpo);
            Assert.Equal(Duration.FromDays(90), critical.RestoreTestEvery);
            Assert.Equal(Duration.FromHours(2), critical.SyncTolerance);
            Assert.Equal(Duration.FromHours(48), d.Tiers["important"].Rto);
            var archive = d.Tiers["archive"];
            Assert.False(archive.BuiltIn);
            Assert.Equal(Duration.FromDays(7 * 365), archive.Retention);
            Assert.Equal(Duration.FromDays(14), archive.Rto);
            Assert.Equal(Duration.FromHours(2), archive.SyncTolerance);
        }

        [Fact]
        public void Service_targets_are_own_values_over_the_tier()
        {
            var d = LoadFixture();
            var pm = d.FindService("practice-management")!;
            Assert.Equal(Duration.FromHours(4), pm.Targets.Rpo);   // own 4h over the overridden tier's 1h
            Assert.Equal(Duration.FromDays(180), pm.Targets.RestoreTestEvery);
            Assert.Equal("Dr Priya Shah", pm.Targets.ApprovedBy);
            Assert.Equal(new DateTimeOffset(2026, 2, 14, 0, 0, 0, TimeSpan.Zero), pm.Targets.ApprovedOn);
            Assert.Equal("Northwind L2", pm.Owners!.Technical);
            Assert.Equal(new[] { "pm-db", "pm-app", "entra-id", "fw-01", "licence-server" }, pm.Components);
            Assert.Equal(new[] { "fw-01", "entra-id", "pm-db", "pm-app", "licence-server" }, pm.RestoreOrder);
            Assert.Equal("Paper appointment book; read-only export each evening", pm.Workaround);
            Assert.Equal(13, pm.Location!.Line);
            Assert.Equal(5, pm.Location.Column);

            var email = d.FindService("email")!;
            Assert.Equal(Duration.FromHours(12), email.Targets.Rpo);
            Assert.Equal(Duration.FromHours(48), email.Targets.Rto);
            Assert.Null(email.Targets.ApprovedOn);
            Assert.Null(email.RestoreOrder);

            var archive = d.FindService("file-archive")!;
            Assert.Equal(Duration.FromDays(30), archive.Targets.Rpo);
            Assert.Equal(Duration.FromDays(7 * 365), archive.Targets.Retention);
        }

        [Fact]
        public void Components_with_kinds_dependencies_and_backup()
        {
            var d = LoadFixture();
            Assert.Equal(8, d.Components.Count);
            var db = d.FindComponent("pm-db")!;
            Assert.Equal(ComponentKind.Database, db.Kind);
            Assert.Equal(new[] { "entra-id" }, db.DependsOn);
            Assert.True(db.NeedsBackup);
            Assert.Equal(2, db.Backup!.Match.Count);
            Assert.Equal("veeam-main", db.Backup.Match[1].Source);
            Assert.Equal("SQL01-*", db.Backup.Match[1].Object);
            Assert.Equal(ComponentKind.M365Mailbox, d.FindComponent("mailboxes")!.Kind);
            Assert.Equal(ComponentKind.FileShare, d.FindComponent("archive-nas")!.Kind);
            Assert.Null(d.FindComponent("fw-01")!.Backup);
            var saas = d.FindComponent("line-of-business-saas")!;
            Assert.False(saas.NeedsBackup);
            Assert.Equal("Vendor-hosted; vendor SLA and export evidence on file", saas.Backup!.Reason);
            Assert.Equal(Path.GetFullPath(FixtureFile), db.Location!.File);
        }

        [Fact]
        public void Sources_resolve_paths_against_the_definition_folder()
        {
            var d = LoadFixture();
            var veeam = d.FindSource("veeam-main")!;
            Assert.Equal(SourceDefinition.VeeamType, veeam.Type);
            Assert.Equal("https://vbr01.contoso.local:9419", veeam.Url);
            Assert.Equal("contoso-vbr", veeam.Credential!.Secret);
            Assert.Equal("1.2-rev1", veeam.ApiVersion);
            var m365 = d.FindSource("m365")!;
            Assert.Equal("global", m365.Cloud);
            Assert.Equal("66666666-7777-8888-9999-000000000000", m365.ClientId);
            Assert.Equal(Path.GetFullPath(Path.Combine(FixtureFolder, "exports", "datto-inventory.json")), d.FindSource("offsite-export")!.Path);
            var copy = d.FindSource("veeam-copy")!;
            Assert.Equal(Path.GetFullPath(Path.Combine(FixtureFolder, "captures", "vbr01")), copy.Capture);
            Assert.Equal("VBR_USER", copy.Credential!.Env);
            Assert.Equal("VBR_PASS", copy.Credential.PasswordEnv);
            var vb365 = d.FindSource("vb365")!;
            Assert.Equal(SourceDefinition.Vb365Type, vb365.Type);
            Assert.Equal(("https://vb365.contoso.local:4443", "contoso.onmicrosoft.com", "VB365_USER"), (vb365.Url, vb365.Organization, vb365.Credential!.Env));
        }

        [Fact]
        public void Inline_restore_tests()
        {
            var d = LoadFixture();
            Assert.Empty(d.RestoreTestFiles);
            Assert.Equal(2, d.RestoreTests.Count);
            var t = d.RestoreTests[0];
            Assert.Equal(new DateTimeOffset(2026, 9, 12, 0, 0, 0, TimeSpan.Zero), t.Date);
            Assert.Equal("practice-management", t.Service);
            Assert.Equal(new[] { "pm-db", "pm-app" }, t.Components);
            Assert.Equal(RestoreScope.FullService, t.Scope);
            Assert.Equal(new DateTimeOffset(2026, 9, 11, 22, 0, 0, TimeSpan.Zero), t.PointInTime);
            Assert.Equal(Duration.FromHours(5.5), t.Duration);
            Assert.Equal(RestoreResult.Success, t.Result);
            Assert.True(t.Exercise);
            Assert.Equal(EvidenceQuality.Fair, t.Quality);
            Assert.Equal(Path.GetFullPath(FixtureFile), t.Origin);
            var second = d.RestoreTests[1];
            Assert.Equal(EvidenceQuality.Poor, second.Quality);
            Assert.Empty(second.Components);
            Assert.Null(second.Duration);
            Assert.False(second.Exercise);
            Assert.Equal(RestoreResult.Partial, second.Result);
        }

        [Theory]
        [InlineData("restore-tests.csv")]
        [InlineData("restore-tests.yaml")]
        public void Restore_tests_from_a_file(string fileName)
        {
            using var folder = new DefinitionFolder();
            var text = File.ReadAllText(FixtureFile);
            var start = text.IndexOf("restoreTests:", StringComparison.Ordinal);
            var end = text.IndexOf("access:", StringComparison.Ordinal);
            text = text.Substring(0, start) + "restoreTests: { path: tests/" + fileName + " }\n" + text.Substring(end);
            var testFile = folder.Write("tests/" + fileName, File.ReadAllText(Path.Combine(FixtureFolder, fileName)));

            var result = folder.Read(text);
            Assert.True(result.Problems.Count == 0, string.Join(Environment.NewLine, result.Problems));
            var d = result.Definition!;
            Assert.Equal(new[] { testFile }, d.RestoreTestFiles);
            Assert.Equal(2, d.RestoreTests.Count);
            var t = d.RestoreTests[0];
            Assert.Equal(testFile, t.Origin);
            Assert.Equal(testFile, t.Location!.File);
            Assert.Equal(fileName.EndsWith(".csv") ? 2 : 1, t.Location.Line);   // CSV: the row after the header
            Assert.Equal(new[] { "pm-db", "pm-app" }, t.Components);
            Assert.Equal(RestoreScope.FullService, t.Scope);
            Assert.Equal(Duration.FromHours(5.5), t.Duration);
            Assert.Equal(EvidenceQuality.Fair, t.Quality);
            var second = d.RestoreTests[1];
            Assert.Equal("email", second.Service);
            Assert.Equal(RestoreScope.Item, second.Scope);
            Assert.Empty(second.Components);
            Assert.Null(second.Evidence);
            Assert.Equal(EvidenceQuality.Poor, second.Quality);
            if (fileName.EndsWith(".csv"))
            {
                Assert.Equal("Front desk logged in, opened the day's appointments", t.Validation);
                Assert.True(t.Exercise);
                Assert.Equal(new DateTimeOffset(2026, 9, 11, 22, 0, 0, TimeSpan.Zero), t.PointInTime);
            }
        }

        [Fact]
        public void Access_recovery_exercises_and_exceptions()
        {
            var d = LoadFixture();
            Assert.Equal(new[] { "NW\\backup-admins" }, d.Access!.BackupAdmins);
            var a = d.Access.Attested!;
            Assert.Equal("Sam Lee (Northwind security lead)", a.By);
            Assert.Equal(new DateTimeOffset(2026, 10, 2, 0, 0, 0, TimeSpan.Zero), a.On);
            Assert.True(a.BackupAdminsCannotDeleteInRetention);
            Assert.False(a.PrivilegedCannotAccessOwn);

            var r = d.Recovery!;
            Assert.Equal(2, r.Credentials!.BreakGlassAccounts);
            Assert.True(r.Credentials.StoredOffline);
            Assert.Equal(new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero), r.Credentials.LastTested);
            Assert.Equal(new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero), r.Plan!.ReviewedOn);
            Assert.Equal(new[] { ContactRole.DecisionMaker, ContactRole.TechnicalOwner, ContactRole.Vendor, ContactRole.Communications }, r.Contacts.Select(c => c.Role));
            Assert.Equal("+61 2 9000 0000", r.Contacts[1].Phone);
            Assert.Equal("SMS call tree, then the practice's Signal group", r.Communications!.Channel);

            var e = Assert.Single(d.Exercises);
            Assert.Equal(ExerciseKind.Tabletop, e.Kind);
            Assert.Equal(new[] { "practice-management", "email" }, e.Services);
            Assert.Equal("A-1", e.Actions[0].Id);
            Assert.Equal(new DateTimeOffset(2026, 6, 12, 0, 0, 0, TimeSpan.Zero), e.Actions[0].ClosedOn);
            Assert.Null(e.Actions[1].ClosedOn);
            Assert.Equal(new DateTimeOffset(2026, 8, 1, 0, 0, 0, TimeSpan.Zero), e.Actions[1].Due);

            var x = Assert.Single(d.Exceptions);
            Assert.Equal("E8-RB-11", x.Control);
            Assert.Equal("file-archive", x.Service);
            Assert.Equal(new DateTimeOffset(2027, 3, 1, 0, 0, 0, TimeSpan.Zero), x.Expires);
            Assert.NotNull(x.Location);
        }
    }
}
