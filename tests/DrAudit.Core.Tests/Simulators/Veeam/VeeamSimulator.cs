using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json.Linq;

namespace DrAudit.Core.Tests.Simulators.Veeam
{
    /// <summary>A VBR REST API v1 server on 127.0.0.1 (HTTPS, self-signed certificate, random port): OAuth2 password and
    /// single-use refresh grants, x-api-version checked on every request (unsupported revisions refused the way VBR does),
    /// bearer tokens that expire by the shared clock, skip/limit paging, createdAfterFilter, logout, and scripted faults.</summary>
    public sealed class VeeamSimulator : LoopbackHttpsSimulator
    {
        private readonly ConcurrentDictionary<string, (DateTimeOffset Issued, string Version)> _access = new();
        private readonly ConcurrentDictionary<string, bool> _refresh = new();
        private readonly ConcurrentDictionary<string, int> _uses = new();

        private VeeamSimulator(VeeamScenario scenario, X509Certificate2 certificate) : base(certificate)
        {
            Scenario = scenario;
        }

        public VeeamScenario Scenario { get; }
        public string User { get; set; } = "CONTOSO\\svc-draudit";
        public string Password { get; set; } = "Sim-Pa55word!" + Guid.NewGuid().ToString("N");
        /// <summary>Revisions this server accepts (default: every revision DrAudit knows).</summary>
        public List<string> SupportedVersions { get; set; } = DrAudit.Collectors.Veeam.VeeamApiVersions.Known.ToList();
        public int TokenLifetimeSeconds { get; set; } = 900;
        /// <summary>The server's clock (token expiry). Share it with the collector's options to move time.</summary>
        public Func<DateTimeOffset> Clock { get; set; } = () => DateTimeOffset.UtcNow;
        /// <summary>Called after each authorised GET, e.g. to move a fake clock forward.</summary>
        public Action? AfterGet { get; set; }
        /// <summary>Revoke an access token after this many GETs (answers 401 ExpiredToken), whatever the clock says.</summary>
        public int? RevokeAfterGets { get; set; }
        /// <summary>The most records one page holds, whatever limit asks.</summary>
        public int MaxLimit { get; set; } = 1000;
        /// <summary>The body of every inventory browser POST, in order.</summary>
        public ConcurrentQueue<JObject> InventoryBodies { get; } = new();
        /// <summary>Answers inventory browser searches with every object below a server, ignoring the body's filter.</summary>
        public bool IgnoreInventoryFilter { get; set; }
        public int Logouts;

        public static async Task<VeeamSimulator> StartAsync(VeeamScenario scenario, X509Certificate2? certificate = null)
        {
            var simulator = new VeeamSimulator(scenario, certificate ?? SimulatorCertificate.Create());
            await simulator.ListenAsync();
            return simulator;
        }

        protected override string FaultBody => Error("ServiceUnavailable", "Simulated fault.");

        protected override string? ApiVersionOf(HttpRequest request) => request.Headers["x-api-version"].ToString() is { Length: > 0 } v ? v : null;

        protected override async Task<(int Status, string Body, string? RetryAfter)> Answer(HttpContext http, string pathAndQuery, IFormCollection? form)
        {
            var version = http.Request.Headers["x-api-version"].ToString();
            if (!SupportedVersions.Contains(version))
                return (400, Error("NotImplemented", "Unsupported RESTAPI version. The following versions are supported: " + string.Join(", ", SupportedVersions.Select(v => "v" + v))), null);
            var path = http.Request.Path.Value ?? "";
            if (http.Request.Method == "POST" && path == "/api/oauth2/token") return Token(http.Request.Form);
            if (!Authorised(http.Request, out var token, out var refusal)) return (401, refusal, null);
            if (http.Request.Method == "POST" && path == "/api/oauth2/logout")
            {
                _access.TryRemove(token, out _);
                Interlocked.Increment(ref Logouts);
                return (200, "{}", null);
            }
            if (http.Request.Method == "POST" && path.StartsWith("/api/v1/inventory", StringComparison.Ordinal) && VeeamWireFormat.Is12(version))
            {
                _uses.AddOrUpdate(token, 1, (_, n) => n + 1);
                var body = JObject.Parse(await new StreamReader(http.Request.Body).ReadToEndAsync());
                InventoryBodies.Enqueue(body);
                return Inventory(path, body, version);
            }
            if (http.Request.Method != "GET") return (405, Error("MethodNotAllowed", "Method not allowed."), null);
            _uses.AddOrUpdate(token, 1, (_, n) => n + 1);
            var answer = Get(path, http.Request.Query, version);
            AfterGet?.Invoke();
            return answer;
        }

        private (int, string, string?) Token(IFormCollection form)
        {
            var grant = form["grant_type"].ToString();
            if (grant == "password")
            {
                if (form["username"] != User || form["password"] != Password)
                    return (401, Error("Unauthorized", "Failed to log in: the user name or password is incorrect."), null);
            }
            else if (grant == "refresh_token")
            {
                // Refresh tokens are single-use.
                if (!_refresh.TryRemove(form["refresh_token"].ToString(), out _))
                    return (400, Error("InvalidToken", "The refresh token is invalid or was already used."), null);
            }
            else return (400, Error("BadRequest", "Unsupported grant_type."), null);
            var access = "sim-access-" + Guid.NewGuid().ToString("N");
            var refresh = "sim-refresh-" + Guid.NewGuid().ToString("N");
            var now = Clock();
            _access[access] = (now, "");
            _refresh[refresh] = true;
            var body = new JObject
            {
                ["access_token"] = access,
                ["token_type"] = "bearer",
                ["refresh_token"] = refresh,
                ["expires_in"] = TokenLifetimeSeconds,
                [".issued"] = VeeamWireFormat.Time(now),
                [".expires"] = VeeamWireFormat.Time(now.AddSeconds(TokenLifetimeSeconds)),
            };
            return (200, body.ToString(), null);
        }

        private bool Authorised(HttpRequest request, out string token, out string refusal)
        {
            token = "";
            refusal = Error("AccessDenied", "Authorization header is missing.");
            var header = request.Headers.Authorization.ToString();
            if (!header.StartsWith("Bearer ", StringComparison.Ordinal)) return false;
            token = header.Substring(7);
            if (!_access.TryGetValue(token, out var issued))
            {
                refusal = Error("InvalidToken", "The access token is invalid.");
                return false;
            }
            var expired = Clock() >= issued.Issued.AddSeconds(TokenLifetimeSeconds)
                || (RevokeAfterGets.HasValue && _uses.TryGetValue(token, out var uses) && uses >= RevokeAfterGets.Value);
            if (expired && request.Path != "/api/oauth2/logout")
            {
                refusal = Error("ExpiredToken", "The access token has expired.");
                return false;
            }
            return true;
        }

        private (int, string, string?) Get(string path, IQueryCollection query, string version)
        {
            var after = query.TryGetValue("createdAfterFilter", out var a) && a.Count > 0
                ? DateTimeOffset.Parse(a.ToString(), CultureInfo.InvariantCulture) : DateTimeOffset.MinValue;
            var s = Scenario;
            if (path == "/api/v1/serverInfo") return (200, VeeamWireFormat.ServerInfo(version).ToString(), null);
            if (path == "/api/v1/configBackup") return (200, VeeamWireFormat.ConfigBackup(s.ConfigBackup).ToString(), null);
            IEnumerable<JObject>? list = path switch
            {
                "/api/v1/jobs" => s.Jobs.Where(j => VeeamWireFormat.ListedInJobs(j, version)).Select(j => VeeamWireFormat.Job(j, s, version)),
                "/api/v1/jobs/states" => s.Jobs.Where(j => VeeamWireFormat.ListedInJobs(j, version)).Select(j => VeeamWireFormat.JobState(j, s, version)),
                "/api/v1/sessions" => s.Sessions.Where(x => x.Created >= after && VeeamWireFormat.ListedInSessions(x, s, version)).OrderByDescending(x => x.Created)
                    .Select((x, i) => VeeamWireFormat.Session(x, version, i + 1)),
                "/api/v1/backups" => s.Backups.Select(b => VeeamWireFormat.Backup(b, s, version)),
                "/api/v1/backupInfrastructure/repositories" => s.Repositories.Select(VeeamWireFormat.Repository),
                "/api/v1/backupInfrastructure/scaleOutRepositories" => s.ScaleOuts.Select(x => VeeamWireFormat.ScaleOut(x, s, version)),
                "/api/v1/inventory/vmware/hosts" => s.ViServers.Select(x => VeeamWireFormat.ViRoot(x, version)),
                "/api/v1/agents/protectionGroups" when VeeamWireFormat.Is13(version) => s.ProtectionGroups.Select(VeeamWireFormat.ProtectionGroup),
                _ => null,
            };
            if (list == null && path == VeeamWireFormat.RestorePointsPath(version))
                list = s.Points.Where(p => p.Created >= after).OrderByDescending(p => p.Created)
                    .Select((p, i) => VeeamWireFormat.Point(p, VeeamWireFormat.PointPlatform(p, s, version), version, i));
            var parts = path.Split('/');
            if (list == null && parts.Length == 6 && parts[3] == "backups" && parts[5] == "objects")
            {
                var backup = s.Backups.FirstOrDefault(b => b.Id == parts[4]);
                if (backup == null) return (404, Error("NotFound", "Backup not found."), null);
                var agent = (string)VeeamWireFormat.Backup(backup, s, version)["platformName"]! != "VMware";
                list = backup.Objects.Select(o => VeeamWireFormat.BackupObject(o, s.Points.Count(p => p.BackupId == backup.Id && p.Object == o), agent));
            }
            if (list == null && parts.Length == 6 && parts[3] == "sessions" && parts[5] == "taskSessions")
            {
                var session = s.Sessions.FirstOrDefault(x => x.Id == parts[4]);
                if (session == null) return (404, Error("NotFound", "Session not found."), null);
                list = session.Verified.Select((m, i) => VeeamWireFormat.TaskSession(session, m, version, i + 1));
            }
            if (list == null && parts.Length == 7 && parts[3] == "inventory" && parts[4] == "vmware" && parts[5] == "hosts")
            {
                var server = s.ViServers.FirstOrDefault(x => string.Equals(x.Name, Uri.UnescapeDataString(parts[6]), StringComparison.OrdinalIgnoreCase));
                if (server == null) return (404, Error("NotFound", "Host not found."), null);
                var type = query.TryGetValue("typeFilter", out var t) ? t.ToString() : "";
                // The simulator holds only virtual machines below a vCenter; other types filter to nothing.
                list = type.Length == 0 || type == "VirtualMachine" ? server.Machines.Select(m => VeeamWireFormat.ViMachine(server, m, version)) : Enumerable.Empty<JObject>();
            }
            if (list == null && VeeamWireFormat.Is13(version) && parts.Length == 7 && parts[3] == "agents" && parts[4] == "protectionGroups" && parts[6] == "discoveredEntities")
            {
                var group = s.ProtectionGroups.FirstOrDefault(g => g.Id == parts[5]);
                if (group == null) return (404, Error("NotFound", "Protection group not found."), null);
                list = group.Computers.Select((c, i) => VeeamWireFormat.DiscoveredComputer(group, c, i + 1));
            }
            if (list == null) return (404, Error("NotFound", "No resource at " + path + "."), null);
            return (200, Page(list.ToList(), query).ToString(), null);
        }

        /// <summary>The inventory browser (POST, 1.2 and later): <c>/inventory</c> lists every server (Hyper-V ones from 1.3, as
        /// the 1.2 document has no Hyper-V object model); <c>/inventory/{hostname}</c> the objects below one, filtered by the
        /// documented predicate <c>{"operation": "in", "property": "Type", "value": "VirtualMachine"}</c>; paged by the body's
        /// <c>pagination</c>.</summary>
        private (int, string, string?) Inventory(string path, JObject body, string version)
        {
            var s = Scenario;
            List<JObject> all;
            if (path == "/api/v1/inventory")
                all = s.ViServers.Select(x => VeeamWireFormat.VmwareObject(x.Name, x.Name, "vCenterServer", "urn:vc:" + x.Name, version))
                    .Concat(VeeamWireFormat.Is13(version) ? s.HvServers.Select(h => VeeamWireFormat.HyperVObject(h, h.Name, h.Type, null)) : Enumerable.Empty<JObject>())
                    .ToList();
            else
            {
                var name = Uri.UnescapeDataString(path.Substring("/api/v1/inventory/".Length));
                var hv = VeeamWireFormat.Is13(version) ? s.HvServers.FirstOrDefault(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase)) : null;
                var vi = s.ViServers.FirstOrDefault(x => string.Equals(x.Name, name, StringComparison.OrdinalIgnoreCase));
                if (hv == null && vi == null) return (404, Error("NotFound", "Host not found."), null);
                all = hv != null
                    ? new[] { VeeamWireFormat.HyperVObject(hv, hv.Name + "-node1", "Host", hv.ObjectId) }
                        .Concat(hv.Machines.Select(m => VeeamWireFormat.HyperVObject(hv, m, "VirtualMachine", hv.ObjectId))).ToList()
                    : vi!.Machines.Select(m => VeeamWireFormat.ViMachine(vi, m, version)).ToList();
                var filter = body["filter"] as JObject;
                var onlyVms = filter != null && (string?)filter["operation"] == "in" && string.Equals((string?)filter["property"], "Type", StringComparison.OrdinalIgnoreCase)
                    && (string?)filter["value"] == "VirtualMachine";
                if (onlyVms && !IgnoreInventoryFilter) all = all.Where(o => (string?)o["type"] == "VirtualMachine").ToList();
            }
            var skip = body.SelectToken("pagination.skip")?.Value<int>() ?? 0;
            var limit = Math.Min(body.SelectToken("pagination.limit")?.Value<int>() ?? 200, MaxLimit);
            var page = all.Skip(skip).Take(limit).ToList();
            return (200, new JObject
            {
                ["data"] = new JArray(page),
                ["pagination"] = new JObject { ["total"] = all.Count, ["count"] = page.Count, ["skip"] = skip, ["limit"] = limit },
                ["hierarchyType"] = body["hierarchyType"]?.DeepClone(),
            }.ToString(), null);
        }

        private JObject Page(List<JObject> all, IQueryCollection query)
        {
            var skip = query.TryGetValue("skip", out var sk) ? int.Parse(sk.ToString(), CultureInfo.InvariantCulture) : 0;
            var limit = query.TryGetValue("limit", out var li) ? int.Parse(li.ToString(), CultureInfo.InvariantCulture) : 200;
            limit = Math.Min(limit, MaxLimit);
            var page = all.Skip(skip).Take(limit).ToList();
            return new JObject
            {
                ["data"] = new JArray(page),
                ["pagination"] = new JObject { ["total"] = all.Count, ["count"] = page.Count, ["skip"] = skip, ["limit"] = limit },
            };
        }

        public static string Error(string code, string message) =>
            new JObject { ["errorCode"] = code, ["message"] = message, ["resourceId"] = null }.ToString();
    }
}
