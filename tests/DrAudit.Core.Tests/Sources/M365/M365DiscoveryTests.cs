using DrAudit.Collectors.M365;
using DrAudit.Core.Auditing;
using DrAudit.Core.Hosting;
using DrAudit.Core.Model.Inventory;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Sources;
using DrAudit.Core.Tests.Simulators.Graph;

namespace DrAudit.Core.Tests.Sources.M365
{
    /// <summary>The tenant's mailboxes, OneDrives and SharePoint sites as inventory <c>discovered</c> (v1.1), set against
    /// the protection units, and DR-16 judged from them; a permission Graph refuses leaves discovery absent with the reason.</summary>
    public sealed class M365DiscoveryTests
    {
        private static (SourceData Data, RecordingHost Host) Collect(GraphSimulator sim)
        {
            var host = new RecordingHost();
            var data = new M365SourceCollector(M365TestTenant.Options()).Collect(M365TestTenant.Source(sim), M365TestTenant.Context(host), CancellationToken.None);
            return (data, host);
        }

        [Fact]
        public async Task MailboxesOneDrivesAndSitesOfTheTenantAreDiscoveredNamedAsTheirUnitsAre()
        {
            await using var sim = M365TestTenant.Populate(new GraphSimulator { PageSize = 2 });
            var (data, _) = Collect(sim);

            Assert.True(data.Ok, data.Error);
            Assert.Null(data.DiscoveryGap);
            var discovered = data.Inventory!.Discovered!.ToDictionary(d => d.Object, d => d.Kind);
            Assert.Equal(new Dictionary<string, WorkloadKind>
            {
                ["priya@contoso.com"] = WorkloadKind.Mailbox,
                ["onedrive:priya@contoso.com"] = WorkloadKind.Onedrive,        // its drive unit proves it: no lookup
                ["sam@contoso.onmicrosoft.com"] = WorkloadKind.Mailbox,        // no mail address, but a mailbox unit
                ["gone@contoso.com"] = WorkloadKind.Mailbox,
                ["reception@contoso.com"] = WorkloadKind.Mailbox,              // nothing protects it
                ["onedrive:reception@contoso.com"] = WorkloadKind.Onedrive,    // /users/u-4/drive answered 200
                ["https://contoso.sharepoint.com/sites/clinic"] = WorkloadKind.Site,
                ["https://contoso.sharepoint.com/sites/finance"] = WorkloadKind.Site,
            }, discovered);
            Assert.All(data.Inventory.Discovered!, d => Assert.Equal("Microsoft 365", d.Platform));
            // The guest has a mail address but no mailbox in this tenant; a personal site is a OneDrive; app storage is no site.
            Assert.DoesNotContain(discovered.Keys, k => k.Contains("partner.example") || k.Contains("/personal/") || k.Contains("/contentstorage/"));
            // Only users without a drive unit were looked up, and guests never.
            var driveLookups = sim.Requests.Where(r => r.Contains("/drive?", StringComparison.Ordinal) || r.EndsWith("/drive", StringComparison.Ordinal)).ToList();
            Assert.DoesNotContain(driveLookups, r => r.Contains("/users/u-1/", StringComparison.Ordinal) || r.Contains("u-guest", StringComparison.Ordinal));
            Assert.Contains(driveLookups, r => r.Contains("/users/u-4/drive", StringComparison.Ordinal));
            Assert.True(sim.Requests.Any(r => r.StartsWith("GET /sites/getAllSites", StringComparison.Ordinal) && Uri.UnescapeDataString(r).Contains("isPersonalSite eq false")), string.Join("\n", sim.Requests));
        }

        [Fact]
        public async Task TheUsersListAlsoNamesTheUnitsSoNoPerIdLookupIsNeeded()
        {
            await using var sim = M365TestTenant.Populate(new GraphSimulator());
            var (data, _) = Collect(sim);

            Assert.Contains("priya@contoso.com", data.Inventory!.Jobs.Single(j => j.Id == "pol-ex").Objects);
            Assert.DoesNotContain(sim.Requests, r => r.StartsWith("GET /users?", StringComparison.Ordinal) && Uri.UnescapeDataString(r).Contains("id in ("));
        }

        [Theory]
        [InlineData("users", "User.Read.All")]
        [InlineData("sites", "Sites.Read.All")]
        [InlineData("drives", "Sites.Read.All")]
        public async Task APermissionMissingLeavesDiscoveryAbsentWithTheReasonAndTheRestIsRead(string refused, string permission)
        {
            await using var sim = M365TestTenant.Populate(new GraphSimulator());
            sim.UsersForbidden = refused == "users";
            sim.SitesForbidden = refused == "sites";
            sim.DrivesForbidden = refused == "drives";
            var (data, host) = Collect(sim);

            Assert.True(data.Ok, data.Error);
            Assert.Null(data.Inventory!.Discovered); // absent, not empty: a partial list never passes for a complete one
            Assert.Contains("HTTP 403", data.DiscoveryGap);
            Assert.Contains(permission, data.DiscoveryGap);
            Assert.Contains(host.Warnings, w => w.Contains("not listed as discovered") && w.Contains(permission));
            Assert.Equal(3, data.Inventory.Jobs.Count);
            Assert.NotEmpty(data.Inventory.RestorePoints);
        }

        private const string Definition = @"apiVersion: draudit/v1
client: { id: contoso, name: Contoso }
asOf: 2026-11-01T00:00:00Z
services:
  - id: email
    name: Email
    tier: important
    components: [mbx, drive]
components:
  - { id: mbx, name: Priya mailbox, kind: m365-mailbox, backup: { match: [ { source: m365, object: priya@contoso.com } ] } }
  - { id: drive, name: Priya OneDrive, kind: m365-onedrive, backup: { match: [ { source: m365, object: 'onedrive:priya@contoso.com' } ] } }
sources:
  - { id: m365, type: m365, capture: ./capture }
";

        private const string AccountedFor = @"accountedFor:
  - { source: m365, object: 'reception@contoso.com', reason: 'Shared front desk mailbox, nothing kept there', acceptedBy: Dr Priya Shah, acceptedOn: 2026-10-02 }
  - { source: m365, object: 'onedrive:reception@contoso.com', reason: Unused, acceptedBy: Dr Priya Shah, acceptedOn: 2026-10-02 }
  - { source: m365, object: 'https://contoso.sharepoint.com/sites/finance', reason: 'Archived, read only', acceptedBy: Dr Priya Shah, acceptedOn: 2026-10-02 }
  - { source: m365, object: 'sam@*', reason: Left the practice, acceptedBy: Dr Priya Shah, acceptedOn: 2026-10-02 }
  - { source: m365, object: 'gone@contoso.com', reason: Deleted mailbox, acceptedBy: Dr Priya Shah, acceptedOn: 2026-10-02 }
";

        private static async Task<ReadinessResult> AuditCapture(string folder, Action<GraphSimulator>? configure = null, string extra = "")
        {
            await using (var sim = M365TestTenant.Populate(new GraphSimulator()))
            {
                configure?.Invoke(sim);
                var context = M365TestTenant.Context(new RecordingHost());
                context.SaveCaptureTo = Path.Combine(folder, "capture");
                var live = new M365SourceCollector(M365TestTenant.Options()).Collect(M365TestTenant.Source(sim), context, CancellationToken.None);
                Assert.True(live.Ok, live.Error);
            }
            File.WriteAllText(Path.Combine(folder, "client.yaml"), Definition + extra);
            return ReadinessAuditor.Audit(Path.Combine(folder, "client.yaml"), new AuditOptions(), SilentAuditHost.Instance, CancellationToken.None);
        }

        private static ControlResult Dr16(ReadinessResult result) => result.DrReadiness.Controls.Single(c => c.Id == "DR-16");

        [Fact]
        public async Task Dr16IsJudgedFromTheTenantNamingWhatNothingAccountsFor()
        {
            using var temp = new DrAudit.Core.Tests.Packs.TempFolder();
            var folder = temp.Path;
            var dr16 = Dr16(await AuditCapture(folder));

            Assert.Equal(Outcome.Ineffective, dr16.Outcome);
            foreach (var name in new[] { "reception@contoso.com", "onedrive:reception@contoso.com", "https://contoso.sharepoint.com/sites/finance", "sam@contoso.onmicrosoft.com", "gone@contoso.com" })
                Assert.Contains("'" + name + "' (m365)", dr16.Statement);
            Assert.DoesNotContain("'priya@contoso.com'", dr16.Statement);  // protected by the Exchange policy
            Assert.DoesNotContain("sites/clinic'", dr16.Statement);        // protected by the SharePoint policy
            Assert.DoesNotContain("'onedrive:priya@contoso.com'", dr16.Statement); // its policy is inactive, but a component names it
            Assert.Contains(dr16.Evidence, e => e.Contains("sites/clinic") && e.Contains("protected, in no service"));
        }

        [Fact]
        public async Task Dr16IsEffectiveWhenEveryDiscoveredWorkloadIsAccountedFor()
        {
            using var temp = new DrAudit.Core.Tests.Packs.TempFolder();
            var folder = temp.Path;
            var dr16 = Dr16(await AuditCapture(folder, extra: AccountedFor));

            Assert.Equal(Outcome.Effective, dr16.Outcome);
            Assert.Contains("Every one of the 8 workloads m365 discovered", dr16.Statement);
        }

        [Fact]
        public async Task Dr16IsNoVisibilityWithTheReasonWhenAPermissionIsMissingEvenFromACapture()
        {
            using var temp = new DrAudit.Core.Tests.Packs.TempFolder();
            var folder = temp.Path;
            var result = await AuditCapture(folder, sim => sim.SitesForbidden = true, AccountedFor);
            var dr16 = Dr16(result);

            Assert.Equal(Outcome.NoVisibility, dr16.Outcome);
            Assert.Contains("m365 could not list its environment", dr16.Statement);
            Assert.Contains("Sites.Read.All", dr16.Statement);
            Assert.All(result.Sources, s => Assert.Equal(SourceState.Ok, s.Status)); // the rest of the source was read
            Assert.Contains(Directory.GetFiles(Path.Combine(folder, "capture")), f => f.EndsWith(".http403.json", StringComparison.Ordinal));
        }
    }
}
