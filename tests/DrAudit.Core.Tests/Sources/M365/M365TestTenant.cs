using System.Text.Json.Nodes;
using Azure.Core;
using DrAudit.Collectors.M365;
using DrAudit.Core.Hosting;
using DrAudit.Core.Model;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Sources;
using DrAudit.Core.Sources.Http;
using DrAudit.Core.Tests.Simulators.Graph;

namespace DrAudit.Core.Tests.Sources.M365
{
    /// <summary>A small Contoso tenant in the Graph simulator, and helpers to collect it with the real collector.</summary>
    internal static class M365TestTenant
    {
        public static readonly DateTimeOffset AsOf = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

        public static string T(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);

        public static JsonObject Policy(string type, string id, string name, string status, string period) => new JsonObject
        {
            ["@odata.type"] = "#microsoft.graph." + type + "ProtectionPolicy",
            ["id"] = id, ["displayName"] = name, ["status"] = status, ["isEnabled"] = true,
            ["createdBy"] = new JsonObject { ["user"] = new JsonObject { ["id"] = "admin" } }, ["createdDateTime"] = "2026-01-05T00:00:00Z",
            ["lastModifiedBy"] = new JsonObject { ["user"] = new JsonObject { ["id"] = "admin" } }, ["lastModifiedDateTime"] = "2026-01-05T00:00:00Z",
            ["retentionSettings"] = new JsonArray(new JsonObject { ["interval"] = "R/PT10M", ["period"] = period }),
        };

        public static JsonObject Unit(string type, string id, string policy, string status, string key, string value, JsonObject? error = null) => new JsonObject
        {
            ["@odata.type"] = "#microsoft.graph." + type + "ProtectionUnit",
            ["id"] = id, ["policyId"] = policy, ["status"] = status, [key] = value, ["error"] = error,
            ["createdBy"] = new JsonObject { ["application"] = new JsonObject { ["id"] = "app" } }, ["createdDateTime"] = "2026-01-05T00:00:00Z",
            ["protectionSources"] = "manual",
        };

        public static JsonObject Point(string id, DateTimeOffset at, string unitType, string unitId) => new JsonObject
        {
            ["@odata.type"] = "#microsoft.graph.restorePoint",
            ["id"] = id, ["protectionDateTime"] = T(at), ["expirationDateTime"] = T(at.AddDays(365)), ["tags"] = "fastRestore",
            ["protectionUnit"] = new JsonObject { ["@odata.type"] = "#microsoft.graph." + unitType + "ProtectionUnit", ["id"] = unitId },
        };

        public static JsonObject Session(string type, string id, string status, DateTimeOffset created) => new JsonObject
        {
            ["@odata.type"] = "#microsoft.graph." + type + "RestoreSession",
            ["id"] = id, ["status"] = status, ["createdDateTime"] = T(created), ["completedDateTime"] = T(created.AddHours(1)),
            ["error"] = null, ["restoreJobType"] = "standard",
            ["restoreSessionArtifactCount"] = new JsonObject { ["total"] = 2, ["completed"] = 1, ["failed"] = 0, ["inProgress"] = 1 },
        };

        public static JsonObject Artifact(string type, string id, string status, DateTimeOffset start, TimeSpan took, JsonObject point) => new JsonObject
        {
            ["@odata.type"] = "#microsoft.graph." + type + "RestoreArtifact",
            ["id"] = id, ["status"] = status, ["destinationType"] = "new", ["startDateTime"] = T(start),
            ["completionDateTime"] = T(start + took), ["error"] = null, ["restorePoint"] = point,
        };

        /// <summary>A site as <c>/sites/getAllSites</c> lists it.</summary>
        public static JsonObject Site(string id, string name, string url, bool personal) => new JsonObject
        {
            ["id"] = "contoso.sharepoint.com," + id + ",0271110f-634f-4300-a841-3a8a2e851852", ["name"] = name, ["displayName"] = name, ["webUrl"] = url,
            ["isPersonalSite"] = personal, ["root"] = new JsonObject(), ["siteCollection"] = new JsonObject { ["hostName"] = new Uri(url).Host },
        };

        /// <summary>Exchange (active, P2W), SharePoint (activeWithErrors, P1Y) and OneDrive (inactive) policies; five units:
        /// a protected mailbox, one with a status the SDK does not know, one with an error inside the entity, a protected
        /// site and a OneDrive; points inside and outside the audit window; one succeeded and one failed restore.</summary>
        public static GraphSimulator Populate(GraphSimulator sim)
        {
            sim.ExchangePolicies.Add(Policy("exchange", "pol-ex", "Exchange - all staff", "active", "P2W"));
            sim.SharePointPolicies.Add(Policy("sharePoint", "pol-sp", "SharePoint - clinic", "activeWithErrors", "P1Y"));
            sim.OneDrivePolicies.Add(Policy("oneDriveForBusiness", "pol-od", "OneDrive - staff", "inactive", "P30D"));
            sim.MailboxUnits.Add(Unit("mailbox", "mu-1", "pol-ex", "protected", "directoryObjectId", "u-1"));
            sim.MailboxUnits.Add(Unit("mailbox", "mu-2", "pol-ex", "offboarded", "directoryObjectId", "u-2"));
            sim.MailboxUnits.Add(Unit("mailbox", "mu-3", "pol-ex", "protected", "directoryObjectId", "u-3",
                new JsonObject { ["code"] = "ProtectionUnitNotFound", ["message"] = "The mailbox no longer exists." }));
            sim.SiteUnits.Add(Unit("site", "su-1", "pol-sp", "protected", "siteId", "s-1"));
            sim.DriveUnits.Add(Unit("drive", "du-1", "pol-od", "protected", "directoryObjectId", "u-1"));
            sim.Users["u-1"] = ("priya@contoso.com", "priya@contoso.onmicrosoft.com");
            sim.Users["u-2"] = (null, "sam@contoso.onmicrosoft.com");
            sim.Users["u-3"] = ("gone@contoso.com", "gone@contoso.onmicrosoft.com");
            sim.SiteUrls["s-1"] = "https://contoso.sharepoint.com/sites/clinic";
            // The tenant as discovery sees it: reception has a mailbox and a OneDrive nothing protects; a guest has a mail
            // address but no mailbox here; the finance site is unprotected; a OneDrive and app storage are not sites.
            sim.Users["u-4"] = ("reception@contoso.com", "reception@contoso.onmicrosoft.com");
            sim.Users["u-guest"] = ("pat@partner.example", "pat_partner.example#EXT#@contoso.onmicrosoft.com");
            sim.Guests.Add("u-guest");
            sim.OneDrives.Add("u-4");
            sim.AllSites.Add(Site("s-1", "Clinic", "https://contoso.sharepoint.com/sites/clinic", personal: false));
            sim.AllSites.Add(Site("s-2", "Finance", "https://contoso.sharepoint.com/sites/finance", personal: false));
            sim.AllSites.Add(Site("s-my", "Priya Shah", "https://contoso-my.sharepoint.com/personal/priya_contoso_com", personal: true));
            sim.AllSites.Add(Site("s-loop", "Loop workspace", "https://contoso.sharepoint.com/contentstorage/CSP_4c1d", personal: false));
            sim.RestorePoints["mu-1"] = new List<JsonObject> { Point("rp-1", AsOf.AddDays(-3), "mailbox", "mu-1"), Point("rp-2", AsOf.AddDays(-1), "mailbox", "mu-1"), Point("rp-future", AsOf.AddDays(2), "mailbox", "mu-1") };
            sim.RestorePoints["su-1"] = new List<JsonObject> { Point("rp-3", AsOf.AddHours(-2), "site", "su-1") };
            sim.RestorePoints["du-1"] = new List<JsonObject> { Point("rp-4", AsOf.AddDays(-50), "drive", "du-1") };
            sim.ExchangeSessions.Add(Session("exchange", "es-1", "completed", AsOf.AddDays(-10)));
            sim.Artifacts["es-1"] = new List<JsonObject>
            {
                Artifact("mailbox", "a-1", "succeeded", AsOf.AddDays(-10), TimeSpan.FromMinutes(25), Point("rp-1", AsOf.AddDays(-11), "mailbox", "mu-1")),
                Artifact("mailbox", "a-2", "inProgress", AsOf.AddDays(-10), TimeSpan.FromMinutes(5), Point("rp-1", AsOf.AddDays(-11), "mailbox", "mu-1")),
            };
            sim.SharePointSessions.Add(Session("sharePoint", "ss-1", "failed", AsOf.AddDays(-5)));
            sim.Artifacts["ss-1"] = new List<JsonObject> { Artifact("site", "a-3", "failed", AsOf.AddDays(-5), TimeSpan.FromHours(2), Point("rp-3", AsOf.AddDays(-6), "site", "su-1")) };
            return sim;
        }

        public static SourceDefinition Source(GraphSimulator? sim, string? capture = null) => new SourceDefinition
        {
            Id = "m365", Type = SourceDefinition.M365Type, TenantId = "11111111-2222-3333-4444-555555555555",
            ClientId = "66666666-7777-8888-9999-000000000000", Endpoint = sim?.BaseUrl, Capture = capture,
        };

        public static M365CollectorOptions Options() => new M365CollectorOptions
        {
            Credential = new FakeTokenCredential(),
            Retry = new RetryPolicy { MaxRetries = 3, BaseDelay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromMilliseconds(50), Budget = TimeSpan.FromSeconds(5) },
        };

        public static CollectionContext Context(IAuditHost host) => new CollectionContext(AsOf, Duration.FromDays(35), host) { RequestTimeout = TimeSpan.FromSeconds(10) };
    }

    /// <summary>Hands the Graph SDK the token the simulator expects, as Azure.Identity would after an app-only sign-in.</summary>
    internal sealed class FakeTokenCredential : TokenCredential
    {
        public List<string> Scopes { get; } = new();

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            Scopes.AddRange(requestContext.Scopes);
            return new AccessToken(GraphSimulator.Token, DateTimeOffset.UtcNow.AddHours(1));
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new ValueTask<AccessToken>(GetToken(requestContext, cancellationToken));
    }

    /// <summary>Keeps what the collector tells the host.</summary>
    internal sealed class RecordingHost : IAuditHost
    {
        public List<string> Warnings { get; } = new();
        public List<string> Verbose { get; } = new();
        public List<ProgressReport> Progress { get; } = new();
        /// <summary>The threads the host was called on (a cmdlet accepts calls from its pipeline thread only).</summary>
        public HashSet<int> Threads { get; } = new();
        public void WriteVerbose(string message) { lock (Verbose) { Verbose.Add(message); Called(); } }
        public void WriteWarning(string message) { lock (Warnings) { Warnings.Add(message); Called(); } }
        public void WriteProgress(ProgressReport progress) { lock (Progress) { Progress.Add(progress); Called(); } }
        private void Called() { lock (Threads) Threads.Add(Environment.CurrentManagedThreadId); }
        public bool ShouldProcess(string target, string action) => true;
    }
}
