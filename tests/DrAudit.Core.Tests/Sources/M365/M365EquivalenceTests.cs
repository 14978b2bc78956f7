using DrAudit.Core.Auditing;
using DrAudit.Core.Hosting;
using DrAudit.Core.Loading.Inventory;
using DrAudit.Core.Sources;
using System.Net;
using DrAudit.Core.Tests.Simulators;
using DrAudit.Core.Tests.Simulators.Graph;
using DrAudit.Core.Tests.Simulators.Veeam;
using DrAudit.Collectors.M365;

namespace DrAudit.Core.Tests.Sources.M365
{
    public sealed class M365EquivalenceTests
    {
        private const string Definition = @"apiVersion: draudit/v1
client: { id: contoso, name: Contoso }
asOf: 2026-11-01T00:00:00Z
services:
  - id: email
    name: Email
    tier: important
    components: [mbx, gone, site, drive]
  - id: front-office
    name: Front office
    tier: important
    components: [mbx, site]
components:
  - { id: mbx, name: Priya mailbox, kind: m365-mailbox, backup: { match: [ { source: m365, object: priya@contoso.com } ] } }
  - { id: gone, name: Old mailbox, kind: m365-mailbox, backup: { match: [ { source: m365, object: u-3 } ] } }
  - { id: site, name: Clinic site, kind: m365-site, backup: { match: [ { source: m365, object: 'https://contoso.sharepoint.com/sites/*' } ] } }
  - { id: drive, name: Priya OneDrive, kind: m365-onedrive, backup: { match: [ { source: m365, object: 'onedrive:priya@contoso.com' } ] } }
sources:
";

        [Fact]
        public async Task AuditOfAnM365SourceGivesTheOutcomesOfTheSameNeutralInventory()
        {
            await using var sim = WithSiteHistory(M365TestTenant.Populate(new GraphSimulator { PageSize = 2 }));
            AssertAuditEqualsNeutralInventory(capture =>
                new M365SourceCollector(M365TestTenant.Options()).Collect(M365TestTenant.Source(sim), Ctx(capture), CancellationToken.None));
        }

        /// <summary>End to end over the network: the real Azure.Identity credential signs in with a client secret at an
        /// <c>authorityHost:</c> that is not a Microsoft cloud (an Entra double on https://127.0.0.1), and the Graph SDK
        /// reads the Graph double on another https://127.0.0.1 port, each reached by its URL with its own test
        /// certificate trusted. Nothing may go to any other host: no instance discovery at login.microsoftonline.com.</summary>
        [Fact]
        public async Task AnM365SourceSignedInThroughANonMicrosoftAuthorityOverHttpsScoresAsTheSameNeutralInventory()
        {
            await using var entra = new EntraTokenSimulator();
            using var graphCertificate = SimulatorCertificate.Create("CN=graph.simulator.local");
            await using var sim = WithSiteHistory(M365TestTenant.Populate(new GraphSimulator(graphCertificate) { PageSize = 2 }));
            sim.AcceptedToken = entra.IssuedToken;
            var signIn = entra.Transport();
            var graph = new LoopbackOnlyHandler(graphCertificate);
            var secret = "Hs5~" + Guid.NewGuid().ToString("N");
            var source = M365TestTenant.Source(sim);
            source.AuthorityHost = entra.AuthorityHost;
            Assert.StartsWith("https://127.0.0.1:", source.Endpoint, StringComparison.Ordinal);
            Assert.StartsWith("https://127.0.0.1:", source.AuthorityHost, StringComparison.Ordinal);

            AssertAuditEqualsNeutralInventory(capture =>
            {
                var options = M365TestTenant.Options();
                options.Credential = null;
                options.SignInTransport = signIn;
                options.Transport = graph;
                var context = Ctx(capture);
                context.Credentials[source.Id] = new NetworkCredential("app", secret);
                return new M365SourceCollector(options).Collect(source, context, CancellationToken.None);
            });

            Assert.Empty(signIn.ForeignRequests);
            Assert.Empty(graph.ForeignRequests);
            Assert.Equal(new[] { "POST /" + source.TenantId + "/oauth2/v2.0/token" }, entra.Requests.Where(r => r.StartsWith("POST", StringComparison.Ordinal)));
            Assert.DoesNotContain(entra.Requests, r => r.Contains("discovery/instance", StringComparison.Ordinal));
            Assert.Equal(secret, Assert.Single(entra.TokenRequests)["client_secret"]);
            Assert.NotEmpty(sim.Authorizations);
            Assert.All(sim.Authorizations, a => Assert.Equal("Bearer " + entra.IssuedToken, a));
        }

        /// <summary>History decides the common point in time: the site's newest point is 2 hours old, the mailbox's a day
        /// old; only the site's earlier point lines up with the mailbox's.</summary>
        private static GraphSimulator WithSiteHistory(GraphSimulator sim)
        {
            sim.RestorePoints["su-1"].Add(M365TestTenant.Point("rp-3a", M365TestTenant.AsOf.AddDays(-1).AddMinutes(-30), "site", "su-1"));
            return sim;
        }

        /// <summary>Collects live with <paramref name="collect"/> (saving a capture and an inventory.json of what it read),
        /// then audits the same definition once through the m365 capture and once through the neutral inventory.</summary>
        private static void AssertAuditEqualsNeutralInventory(Func<string, SourceData> collect)
        {
            var folder = Directory.CreateTempSubdirectory("draudit-m365-eq").FullName;
            try
            {
                var live = collect(Path.Combine(folder, "capture"));
                Assert.True(live.Ok, live.Error);
                InventoryJsonWriter.Save(live.Inventory!, Path.Combine(folder, "inventory.json"));
                File.WriteAllText(Path.Combine(folder, "m365.yaml"), Definition + "  - { id: m365, type: m365, capture: ./capture }\n");
                File.WriteAllText(Path.Combine(folder, "neutral.yaml"), Definition + "  - { id: m365, type: inventory, path: ./inventory.json }\n");

                var viaGraph = ReadinessAuditor.Audit(Path.Combine(folder, "m365.yaml"), new AuditOptions(), SilentAuditHost.Instance, CancellationToken.None);
                var viaInventory = ReadinessAuditor.Audit(Path.Combine(folder, "neutral.yaml"), new AuditOptions(), SilentAuditHost.Instance, CancellationToken.None);

                Assert.All(viaGraph.Sources, s => Assert.True(s.Status == Model.Result.SourceState.Ok, s.Error));
                var saved = InventoryJsonReader.Read(Path.Combine(folder, "inventory.json"), CancellationToken.None);
                Assert.Equal(2, saved.RestorePoints.Count(p => p.Object == "https://contoso.sharepoint.com/sites/clinic"));
                Assert.Equal(8, saved.Discovered!.Count);
                Assert.Equal(viaInventory.Discovered.Select(d => d.Object + "=" + d.Status), viaGraph.Discovered.Select(d => d.Object + "=" + d.Status));
                Assert.Contains(viaGraph.Discovered, d => d.Object == "reception@contoso.com" && d.Status == Model.Result.DiscoveredWorkloadStatus.Unaccounted);
                var graphFindings = viaGraph.Findings.Select(f => f.Key + "=" + f.Outcome).OrderBy(k => k, StringComparer.Ordinal).ToList();
                Assert.Equal(viaInventory.Findings.Select(f => f.Key + "=" + f.Outcome).OrderBy(k => k, StringComparer.Ordinal), graphFindings);
                Assert.Equal(viaInventory.EssentialEight.MaturityLevel, viaGraph.EssentialEight.MaturityLevel);
                // The mailbox with an in-entity error and the OneDrive of an inactive policy are not covered: DR-14 says so.
                Assert.Contains(graphFindings, k => k.StartsWith("DR-14/email=", StringComparison.Ordinal));
                // Discovery is judged (the tenant's unprotected mailbox, OneDrive and site), and the history gives the site and
                // the mailbox a common point in time that their newest points alone would not.
                Assert.Contains("DR-16=Ineffective", graphFindings);
                Assert.Equal(Model.Result.Outcome.Effective, viaGraph.EssentialEight.Controls.Single(c => c.Id == "E8-RB-02").Services.Single(x => x.Service == "front-office").Outcome);
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        private static CollectionContext Ctx(string capture)
        {
            var context = M365TestTenant.Context(new RecordingHost());
            context.SaveCaptureTo = capture;
            return context;
        }
    }
}
