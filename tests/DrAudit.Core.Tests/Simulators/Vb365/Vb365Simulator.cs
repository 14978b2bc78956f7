using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json.Linq;

namespace DrAudit.Core.Tests.Simulators.Vb365
{
    /// <summary>A Veeam Backup for Microsoft 365 REST API v8 server on 127.0.0.1 (HTTPS, self-signed certificate, random
    /// port): OAuth2 password and single-use refresh grants at <c>/v8/Token</c>, bearer tokens that expire by the shared
    /// clock, collections returned whole or in pages of <c>{offset, limit, setId, results, _links}</c> (a setId keeps the
    /// view the first page saw), the <c>organizationId</c> and <c>endTimeLowerBound</c> filters, and scripted faults.</summary>
    public sealed class Vb365Simulator : LoopbackHttpsSimulator
    {
        private readonly ConcurrentDictionary<string, DateTimeOffset> _access = new();
        private readonly ConcurrentDictionary<string, bool> _refresh = new();
        private readonly ConcurrentDictionary<string, List<JObject>> _sets = new();

        private Vb365Simulator(Vb365Scenario scenario, X509Certificate2 certificate) : base(certificate)
        {
            Scenario = scenario;
        }

        public Vb365Scenario Scenario { get; }
        public string User { get; set; } = "CONTOSO-MSP\\svc-draudit";
        public string Password { get; set; } = "Sim-Vb365-Pa55!" + Guid.NewGuid().ToString("N");
        /// <summary>Access tokens live this long (the API's default is 60 minutes).</summary>
        public int TokenLifetimeSeconds { get; set; } = 3600;
        public Func<DateTimeOffset> Clock { get; set; } = () => DateTimeOffset.UtcNow;
        /// <summary>Called after each authorised GET, e.g. to move a fake clock forward.</summary>
        public Action? AfterGet { get; set; }
        /// <summary>The most records one page holds, whatever limit asks.</summary>
        public int MaxLimit { get; set; } = 1000;

        public static async Task<Vb365Simulator> StartAsync(Vb365Scenario scenario)
        {
            var simulator = new Vb365Simulator(scenario, SimulatorCertificate.Create("CN=vb365.simulator.local"));
            await simulator.ListenAsync();
            return simulator;
        }

        protected override string FaultBody => Error("Simulated fault.");

        protected override Task<(int Status, string Body, string? RetryAfter)> Answer(HttpContext http, string pathAndQuery, IFormCollection? form) =>
            Task.FromResult(Respond(http, form));

        private (int, string, string?) Respond(HttpContext http, IFormCollection? form)
        {
            var path = http.Request.Path.Value ?? "";
            if (http.Request.Method == "POST" && string.Equals(path, "/v8/Token", StringComparison.OrdinalIgnoreCase)) return Token(form);
            if (!Authorised(http.Request, out var refusal)) return (401, refusal, null);
            if (http.Request.Method != "GET") return (405, Error("The requested resource does not support http method '" + http.Request.Method + "'."), null);
            var answer = Get(path, http.Request.Query);
            AfterGet?.Invoke();
            return answer;
        }

        private (int, string, string?) Token(IFormCollection? form)
        {
            var grant = form?["grant_type"].ToString();
            if (grant == "password")
            {
                if (form!["username"] != User || form["password"] != Password)
                    return (400, new JObject { ["error"] = "invalid_grant", ["error_description"] = "The user name or password is incorrect." }.ToString(), null);
            }
            else if (grant == "refresh_token")
            {
                if (!_refresh.TryRemove(form!["refresh_token"].ToString(), out _))
                    return (400, new JObject { ["error"] = "invalid_grant", ["error_description"] = "Invalid refresh token." }.ToString(), null);
            }
            else return (400, new JObject { ["error"] = "unsupported_grant_type" }.ToString(), null);
            var access = "sim365-access-" + Guid.NewGuid().ToString("N");
            var refresh = "sim365-refresh-" + Guid.NewGuid().ToString("N");
            var now = Clock();
            _access[access] = now;
            _refresh[refresh] = true;
            var body = new JObject
            {
                ["access_token"] = access,
                ["token_type"] = "bearer",
                ["expires_in"] = TokenLifetimeSeconds,
                ["refresh_token"] = refresh,
                ["username"] = User,
                [".issued"] = now.UtcDateTime.ToString("R", CultureInfo.InvariantCulture),
                [".expires"] = now.AddSeconds(TokenLifetimeSeconds).UtcDateTime.ToString("R", CultureInfo.InvariantCulture),
            };
            return (200, body.ToString(), null);
        }

        private bool Authorised(HttpRequest request, out string refusal)
        {
            refusal = Error("Authorization has been denied for this request.");
            var header = request.Headers.Authorization.ToString();
            if (!header.StartsWith("Bearer ", StringComparison.Ordinal)) return false;
            return _access.TryGetValue(header.Substring(7), out var issued) && Clock() < issued.AddSeconds(TokenLifetimeSeconds);
        }

        private (int, string, string?) Get(string path, IQueryCollection query)
        {
            var s = Scenario;
            var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2 || parts[0] != "v8") return (404, Error("No resource at " + path + "."), null);
            var last = (string id) => s.Sessions.Where(x => x.JobId == id).OrderByDescending(x => x.Created).FirstOrDefault();
            switch (parts.Length, parts[1])
            {
                case (2, "Organizations"): return Whole(s.Organizations.Select(Vb365WireFormat.Organization));
                case (2, "CopyJobs"): return Whole(s.CopyJobs.Select(Vb365WireFormat.CopyJob));
                case (2, "BackupRepositories"): return Whole(s.Repositories.Select(Vb365WireFormat.Repository));
                case (2, "ObjectStorageRepositories"): return Whole(s.ObjectStorage.Select(Vb365WireFormat.ObjectStorage));
                case (2, "JobSessions"):
                    var bound = query.TryGetValue("endTimeLowerBound", out var b) ? DateTimeOffset.Parse(b.ToString(), CultureInfo.InvariantCulture) : DateTimeOffset.MinValue;
                    return Paged(() => s.Sessions.Where(x => x.End == null || x.End >= bound).OrderByDescending(x => x.Created).Select(Vb365WireFormat.Session), query);
                case (2, "RestorePoints"):
                    var org = query.TryGetValue("organizationId", out var o) ? o.ToString() : null;
                    return Paged(() => s.Points.Where(p => org == null || p.OrganizationId == org).OrderByDescending(p => p.Time).Select(Vb365WireFormat.Point), query);
            }
            if (parts[1] == "Organizations" && parts.Length == 4)
            {
                var organization = s.Organizations.FirstOrDefault(x => x.Id == parts[2]);
                if (organization == null) return (404, Error("Organization not found."), null);
                switch (parts[3])
                {
                    case "Jobs": return Whole(s.Jobs.Where(j => j.OrganizationId == organization.Id).Select(j => Vb365WireFormat.Job(j, last(j.Id))));
                    case "Users": return Paged(() => organization.Users.Select(u => Vb365WireFormat.User(organization, u)), query);
                    case "Sites": return Paged(() => organization.Sites.Select(x => Vb365WireFormat.Site(organization, x)), query);
                    case "Teams": return Paged(() => organization.Teams.Select(x => Vb365WireFormat.Team(organization, x)), query);
                }
            }
            if (parts[1] == "Jobs" && parts.Length == 4)
            {
                var job = s.Jobs.FirstOrDefault(j => j.Id == parts[2]);
                if (job == null) return (404, Error("Job not found."), null);
                if (parts[3] == "SelectedItems") return Whole(job.Items.Select((i, n) => Vb365WireFormat.Item(i, n + 1)));
                if (parts[3] == "ExcludedItems") return Whole(job.Excluded.Select((i, n) => Vb365WireFormat.Item(i, n + 100)));
            }
            return (404, Error("No resource at " + path + "."), null);
        }

        private static (int, string, string?) Whole(IEnumerable<JObject> records) => (200, new JArray(records).ToString(), null);

        /// <summary>A page of the set: the first request (no setId) takes a view of the data and names it; later pages read that view.</summary>
        private (int, string, string?) Paged(Func<IEnumerable<JObject>> records, IQueryCollection query)
        {
            var offset = query.TryGetValue("offset", out var of) ? int.Parse(of.ToString(), CultureInfo.InvariantCulture) : 0;
            var limit = Math.Min(query.TryGetValue("limit", out var li) ? int.Parse(li.ToString(), CultureInfo.InvariantCulture) : 30, MaxLimit);
            string setId;
            List<JObject> all;
            if (query.TryGetValue("setId", out var set) && set.Count > 0)
            {
                setId = set.ToString();
                if (!_sets.TryGetValue(setId, out all!)) return (400, Error("The set " + setId + " does not exist or has expired."), null);
            }
            else
            {
                setId = Guid.NewGuid().ToString();
                all = records().ToList();
                _sets[setId] = all;
            }
            var page = all.Skip(offset).Take(limit).ToList();
            var links = new JObject { ["self"] = new JObject { ["href"] = Vb365WireFormat.Host + "?offset=" + offset + "&limit=" + limit + "&setId=" + setId } };
            if (offset + page.Count < all.Count)
                links["next"] = new JObject { ["href"] = Vb365WireFormat.Host + "?offset=" + (offset + page.Count) + "&limit=" + limit + "&setId=" + setId };
            var body = new JObject { ["offset"] = offset, ["limit"] = limit, ["setId"] = setId, ["results"] = new JArray(page), ["_links"] = links };
            return (200, body.ToString(), null);
        }

        public static string Error(string message) => new JObject { ["message"] = message }.ToString();
    }
}
