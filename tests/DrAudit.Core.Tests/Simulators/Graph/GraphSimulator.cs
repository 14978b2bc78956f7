using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;

namespace DrAudit.Core.Tests.Simulators.Graph
{
    /// <summary>Microsoft Graph v1.0 <c>/solutions/backupRestore</c> (plus users, users' drives and sites) on 127.0.0.1, over
    /// plain http or https, answering the real Graph SDK with bodies shaped field by field like the published v1.0 reference:
    /// paging with <c>@odata.nextLink</c> (absolute or relative), both cast URL forms, restore point listing as documented
    /// (<c>$expand=protectionUnit($filter=id eq '…')</c> and <c>$filter=protectionDateTime lt …</c> required, at most five
    /// points, the newest first), and failures on demand (429 with fractional Retry-After, 500, slow answers, malformed
    /// bodies, 403 for an app that is not a backup controller or lacks a directory permission, filters ignored).</summary>
    public sealed class GraphSimulator : IAsyncDisposable
    {
        public const string Token = "sim-token";
        private readonly WebApplication _app;

        /// <summary>Plain http, or https with <paramref name="tlsCertificate"/> (made by the test) when given.</summary>
        public GraphSimulator(X509Certificate2? tlsCertificate = null)
        {
            var builder = WebApplication.CreateSlimBuilder();
            if (tlsCertificate == null) builder.WebHost.UseUrls("http://127.0.0.1:0");
            else
            {
                builder.WebHost.UseKestrelHttpsConfiguration();
                builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, l => l.UseHttps(tlsCertificate)));
            }
            builder.Logging.ClearProviders();
            _app = builder.Build();
            _app.Map("/v1.0/{**path}", Handle);
            _app.StartAsync().GetAwaiter().GetResult();
            BaseUrl = _app.Urls.First().TrimEnd('/');
        }

        /// <summary>http(s)://127.0.0.1:port (no version): the source's <c>endpoint:</c>.</summary>
        public string BaseUrl { get; }
        /// <summary>The bearer token every request must carry (an app-only token from <see cref="EntraTokenSimulator"/> in sign-in tests).</summary>
        public string AcceptedToken { get; set; } = Token;
        public int PageSize { get; set; } = 100;
        public bool RelativeNextLinks { get; set; }
        public JsonObject ServiceStatus { get; set; } = new JsonObject { ["status"] = "enabled", ["disableReason"] = null, ["gracePeriodDateTime"] = null, ["restoreAllowedTillDateTime"] = null };
        public List<JsonObject> ExchangePolicies { get; } = new();
        public List<JsonObject> SharePointPolicies { get; } = new();
        public List<JsonObject> OneDrivePolicies { get; } = new();
        public List<JsonObject> MailboxUnits { get; } = new();
        public List<JsonObject> SiteUnits { get; } = new();
        public List<JsonObject> DriveUnits { get; } = new();
        /// <summary>Restore points by protection unit id.</summary>
        public Dictionary<string, List<JsonObject>> RestorePoints { get; } = new();
        public List<JsonObject> ExchangeSessions { get; } = new();
        public List<JsonObject> SharePointSessions { get; } = new();
        public List<JsonObject> OneDriveSessions { get; } = new();
        /// <summary>Artifacts by restore session id.</summary>
        public Dictionary<string, List<JsonObject>> Artifacts { get; } = new();
        /// <summary>Directory object id to (mail, userPrincipalName).</summary>
        public Dictionary<string, (string? Mail, string Upn)> Users { get; } = new();
        public Dictionary<string, string> SiteUrls { get; } = new();
        /// <summary>Directory object ids of guests (<c>userType: Guest</c>); every other user is a member.</summary>
        public HashSet<string> Guests { get; } = new();
        /// <summary>Directory object ids of users who have a OneDrive (<c>/users/{id}/drive</c> answers 200; else 404).</summary>
        public HashSet<string> OneDrives { get; } = new();
        /// <summary>What <c>/sites/getAllSites</c> lists: SharePoint sites, personal sites (OneDrives) and app storage alike.</summary>
        public List<JsonObject> AllSites { get; } = new();
        public bool SitesForbidden { get; set; }
        public bool DrivesForbidden { get; set; }
        /// <summary>Restore point listing pages with <c>@odata.nextLink</c> (<see cref="PageSize"/> a page, as the reference's
        /// example answer does) instead of answering the five newest points only.</summary>
        public bool RestorePointNextLinks { get; set; }
        /// <summary>Ignores the <c>$filter</c> and <c>$expand</c> filters of restore point listing and getAllSites, as a service
        /// sometimes does: every point of every unit, every site, paged.</summary>
        public bool IgnoreFilters { get; set; }
        /// <summary>The query of every restore point listing, in order.</summary>
        public ConcurrentQueue<string> RestorePointQueries { get; } = new();

        /// <summary>Answers this many requests with 429 and Retry-After <see cref="RetryAfter"/> before serving.</summary>
        public int ThrottleNext { get => Volatile.Read(ref _throttleNext); set => _throttleNext = value; }
        private int _throttleNext;
        /// <summary>When set, only requests to a path containing this text are throttled.</summary>
        public string? ThrottlePath { get; set; }
        public string RetryAfter { get; set; } = "0.05";
        /// <summary>Answers this many requests with 500 before serving.</summary>
        public int FailNext { get => Volatile.Read(ref _failNext); set => _failNext = value; }
        private int _failNext;

        /// <summary>Takes one from a counter shared by concurrent requests; false when none is left.</summary>
        private static bool TakeOne(ref int counter)
        {
            while (true)
            {
                var left = Volatile.Read(ref counter);
                if (left <= 0) return false;
                if (Interlocked.CompareExchange(ref counter, left - 1, left) == left) return true;
            }
        }
        /// <summary>Delays every answer to a path containing this text.</summary>
        public string? SlowPath { get; set; }
        public TimeSpan SlowDelay { get; set; }
        /// <summary>Answers a path containing this text with a body that is not JSON.</summary>
        public string? MalformedPath { get; set; }
        /// <summary>Answers every backupRestore request 403, as Graph does for an app that is not a backup controller.</summary>
        public bool NotBackupController { get; set; }
        public bool UsersForbidden { get; set; }

        public ConcurrentQueue<string> Requests { get; } = new();
        /// <summary>The Authorization header of every request, in order.</summary>
        public ConcurrentQueue<string> Authorizations { get; } = new();
        public int Throttled;

        private async Task Handle(HttpContext http)
        {
            var path = "/" + (http.Request.RouteValues["path"] as string ?? "");
            Requests.Enqueue(http.Request.Method + " " + path + http.Request.QueryString);
            Authorizations.Enqueue(http.Request.Headers.Authorization.ToString());
            if (http.Request.Headers.Authorization != "Bearer " + AcceptedToken)
            {
                await Error(http, 401, "InvalidAuthenticationToken", "Access token is empty.");
                return;
            }
            if ((ThrottlePath == null || path.Contains(ThrottlePath, StringComparison.Ordinal)) && TakeOne(ref _throttleNext))
            {
                Interlocked.Increment(ref Throttled);
                http.Response.Headers["Retry-After"] = RetryAfter;
                await Error(http, 429, "TooManyRequests", "Too many requests.");
                return;
            }
            if (TakeOne(ref _failNext))
            {
                await Error(http, 500, "InternalServerError", "Something went wrong.");
                return;
            }
            if (SlowPath != null && path.Contains(SlowPath, StringComparison.Ordinal)) await Task.Delay(SlowDelay, http.RequestAborted);
            if (MalformedPath != null && path.Contains(MalformedPath, StringComparison.Ordinal))
            {
                http.Response.ContentType = "application/json";
                await http.Response.WriteAsync("{\"value\": [ {\"id\": \"x\", ");
                return;
            }
            if (NotBackupController && path.StartsWith("/solutions/backupRestore", StringComparison.Ordinal))
            {
                await Error(http, 403, "Forbidden", "The application is not authorized to call this API: it is not a registered backup controller.");
                return;
            }
            await Route(http, path.TrimEnd('/'));
        }

        private async Task Route(HttpContext http, string path)
        {
            const string root = "/solutions/backupRestore";
            var p = path.StartsWith(root, StringComparison.Ordinal) ? path.Substring(root.Length) : null;
            // The SDK writes casts as graph.x; the documentation as microsoft.graph.x: both name the same type.
            if (p != null) p = p.Replace("/microsoft.graph.", "/graph.", StringComparison.Ordinal);
            Match m;
            switch (p)
            {
                case "": await Json(http, new JsonObject { ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#solutions/backupRestore/$entity", ["id"] = "71633878-8321-4950-bfaf-ed285bdd1461", ["serviceStatus"] = ServiceStatus.DeepClone() }); return;
                case "/exchangeProtectionPolicies": await Page(http, ExchangePolicies); return;
                case "/sharePointProtectionPolicies": await Page(http, SharePointPolicies); return;
                case "/oneDriveForBusinessProtectionPolicies": await Page(http, OneDrivePolicies); return;
                case "/protectionUnits/graph.mailboxProtectionUnit": await Page(http, MailboxUnits); return;
                case "/protectionUnits/graph.siteProtectionUnit": await Page(http, SiteUnits); return;
                case "/protectionUnits/graph.driveProtectionUnit": await Page(http, DriveUnits); return;
                case "/restorePoints" when http.Request.Method == "GET": await ListRestorePoints(http); return;
                case "/exchangeRestoreSessions": await Page(http, ExchangeSessions); return;
                case "/sharePointRestoreSessions": await Page(http, SharePointSessions); return;
                case "/oneDriveForBusinessRestoreSessions": await Page(http, OneDriveSessions); return;
            }
            if (p != null && (m = Regex.Match(p, "^/(exchange|sharePoint|oneDriveForBusiness)RestoreSessions/([^/]+)/(mailbox|site|drive)RestoreArtifacts$")).Success)
            {
                await Page(http, Artifacts.TryGetValue(m.Groups[2].Value, out var a) ? a : new List<JsonObject>());
                return;
            }
            if (path == "/users")
            {
                if (UsersForbidden) { await Error(http, 403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation."); return; }
                var filter = http.Request.Query["$filter"].ToString();
                var ids = Regex.Matches(filter, "'([^']+)'").Select(x => x.Groups[1].Value).ToHashSet();
                var users = Users.Where(u => filter.Length == 0 || ids.Contains(u.Key))
                    .Select(u => new JsonObject
                    {
                        ["id"] = u.Key, ["displayName"] = u.Value.Upn.Split('@')[0], ["mail"] = u.Value.Mail, ["userPrincipalName"] = u.Value.Upn,
                        ["userType"] = Guests.Contains(u.Key) ? "Guest" : "Member",
                    }).ToList();
                await Page(http, users);
                return;
            }
            if ((m = Regex.Match(path, "^/users/([^/]+)/drive$")).Success)
            {
                var id = m.Groups[1].Value;
                if (DrivesForbidden) await Error(http, 403, "accessDenied", "Either scp or roles claim need to be present in the token.");
                else if (OneDrives.Contains(id) && Users.TryGetValue(id, out var user))
                    await Json(http, new JsonObject
                    {
                        ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#drives(id,driveType,webUrl)/$entity",
                        ["id"] = "b!" + id, ["driveType"] = "business",
                        ["webUrl"] = "https://contoso-my.sharepoint.com/personal/" + user.Upn.Replace('@', '_').Replace('.', '_') + "/Documents",
                    });
                else await Error(http, 404, "ResourceNotFound", "User's mysite not found.");
                return;
            }
            if (path is "/sites/getAllSites" or "/sites/getAllSites()")
            {
                if (SitesForbidden) { await Error(http, 403, "accessDenied", "Access denied"); return; }
                var personal = !IgnoreFilters && http.Request.Query["$filter"].ToString().Replace(" ", "") == "isPersonalSiteeqfalse";
                await Page(http, AllSites.Where(site => !personal || site["isPersonalSite"]?.GetValue<bool>() != true).ToList());
                return;
            }
            if ((m = Regex.Match(path, "^/sites/([^/]+)$")).Success)
            {
                if (SiteUrls.TryGetValue(m.Groups[1].Value, out var url)) await Json(http, new JsonObject { ["id"] = m.Groups[1].Value, ["webUrl"] = url });
                else await Error(http, 404, "itemNotFound", "Requested site could not be found");
                return;
            }
            await Error(http, 404, "UnknownError", "No route for " + path);
        }

        /// <summary><c>GET /solutions/backupRestore/restorePoints?$expand=protectionUnit($filter=id eq '{id}')&amp;$filter=protectionDateTime lt {time}</c>:
        /// both parameters are required (400 without them); the five newest points of that unit before that time, each with
        /// its protection unit expanded, newest first; or paged with nextLink (<see cref="RestorePointNextLinks"/>), or every
        /// point of every unit (<see cref="IgnoreFilters"/>).</summary>
        private async Task ListRestorePoints(HttpContext http)
        {
            var expand = http.Request.Query["$expand"].ToString();
            var filter = http.Request.Query["$filter"].ToString();
            RestorePointQueries.Enqueue(http.Request.QueryString.ToString());
            var unit = Regex.Match(expand, @"^protectionUnit\(\$filter=id eq '([^']+)'\)$");
            var before = Regex.Match(filter, @"^protectionDateTime lt (\S+)$");
            var skiptoken = http.Request.Query["$skiptoken"].ToString();
            if (skiptoken.Length == 0 && (!unit.Success || !before.Success))
            {
                await Error(http, 400, "BadRequest", "The $expand=protectionUnit($filter=id eq '...') and $filter=protectionDateTime lt ... query parameters are required.");
                return;
            }
            List<JsonObject> points;
            if (IgnoreFilters)
                points = RestorePoints.Values.SelectMany(p => p).OrderByDescending(p => Time(p, "protectionDateTime")).ToList();
            else
            {
                var until = DateTimeOffset.Parse(before.Groups[1].Value, CultureInfo.InvariantCulture);
                points = (RestorePoints.TryGetValue(unit.Groups[1].Value, out var all) ? all : new List<JsonObject>())
                    .Where(p => Time(p, "protectionDateTime") < until).OrderByDescending(p => Time(p, "protectionDateTime")).ToList();
                if (!RestorePointNextLinks) points = points.Take(5).ToList();
            }
            await Page(http, points.Select(p =>
            {
                var point = (JsonObject)p.DeepClone();
                var unitId = point["protectionUnit"]!["id"]!.GetValue<string>();
                var expanded = MailboxUnits.Concat(SiteUnits).Concat(DriveUnits).FirstOrDefault(u => u["id"]!.GetValue<string>() == unitId);
                if (expanded != null)
                {
                    var copy = new JsonObject { ["@odata.type"] = expanded["@odata.type"]!.DeepClone(), ["id"] = unitId, ["policyId"] = expanded["policyId"]?.DeepClone() };
                    foreach (var key in new[] { "directoryObjectId", "siteId" })
                        if (expanded[key] != null) copy[key] = expanded[key]!.DeepClone();
                    point["protectionUnit"] = copy;
                }
                return point;
            }).ToList());
        }

        private static DateTimeOffset Time(JsonObject o, string field) => DateTimeOffset.Parse(o[field]!.GetValue<string>(), CultureInfo.InvariantCulture);

        private async Task Page(HttpContext http, List<JsonObject> items)
        {
            var skip = int.TryParse(http.Request.Query["$skiptoken"], NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
            var page = new JsonArray(items.Skip(skip).Take(PageSize).Select(i => (JsonNode)i.DeepClone()).ToArray());
            var result = new JsonObject { ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#collection", ["value"] = page };
            if (skip + PageSize < items.Count)
            {
                var query = new List<string>();
                foreach (var q in http.Request.Query.Where(q => q.Key != "$skiptoken")) query.Add(q.Key + "=" + Uri.EscapeDataString(q.Value.ToString()));
                query.Add("$skiptoken=" + (skip + PageSize).ToString(CultureInfo.InvariantCulture));
                var last = http.Request.Path.Value!.Split('/').Last();
                var link = last + "?" + string.Join("&", query);
                result["@odata.nextLink"] = RelativeNextLinks ? link : BaseUrl + http.Request.Path.Value + "?" + string.Join("&", query);
            }
            await Json(http, result);
        }

        private static Task Json(HttpContext http, JsonNode body)
        {
            http.Response.ContentType = "application/json; odata.metadata=minimal";
            return http.Response.WriteAsync(body.ToJsonString());
        }

        private static Task Error(HttpContext http, int status, string code, string message)
        {
            http.Response.StatusCode = status;
            return Json(http, new JsonObject
            {
                ["error"] = new JsonObject
                {
                    ["code"] = code,
                    ["message"] = message,
                    ["innerError"] = new JsonObject { ["date"] = "2026-11-01T00:00:00", ["request-id"] = Guid.NewGuid().ToString(), ["client-request-id"] = Guid.NewGuid().ToString() },
                },
            });
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
