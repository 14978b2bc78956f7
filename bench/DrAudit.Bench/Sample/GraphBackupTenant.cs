using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace DrAudit.Bench.Sample
{
    /// <summary>
    /// A Microsoft 365 Backup tenant answering Microsoft Graph v1.0 <c>/solutions/backupRestore</c> (and the users and
    /// sites lookups) in process, for the real m365 collector to read while it saves a capture. Every list is one page;
    /// a restore-point search returns the latest point of each unit inside the asked period, as Graph does.
    /// </summary>
    public sealed class GraphBackupTenant : HttpMessageHandler
    {
        public List<JObject> ExchangePolicies { get; } = new List<JObject>();
        public List<JObject> SharePointPolicies { get; } = new List<JObject>();
        public List<JObject> OneDrivePolicies { get; } = new List<JObject>();
        public List<JObject> MailboxUnits { get; } = new List<JObject>();
        public List<JObject> SiteUnits { get; } = new List<JObject>();
        public List<JObject> DriveUnits { get; } = new List<JObject>();
        /// <summary>Protection times of the restore points of each protection unit id.</summary>
        public Dictionary<string, List<DateTimeOffset>> PointTimes { get; } = new Dictionary<string, List<DateTimeOffset>>(StringComparer.Ordinal);
        /// <summary>Directory object id to (mail, userPrincipalName).</summary>
        public Dictionary<string, KeyValuePair<string, string>> Users { get; } = new Dictionary<string, KeyValuePair<string, string>>(StringComparer.Ordinal);
        public Dictionary<string, string> SiteUrls { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

        public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var path = Uri.UnescapeDataString(request.RequestUri!.AbsolutePath).TrimEnd('/');
            path = path.StartsWith("/v1.0", StringComparison.Ordinal) ? path.Substring("/v1.0".Length) : path;
            const string root = "/solutions/backupRestore";
            var p = path.StartsWith(root, StringComparison.Ordinal) ? path.Substring(root.Length).Replace("/microsoft.graph.", "/graph.") : null;
            switch (p)
            {
                case "": return Json(new JObject { ["id"] = "71633878-8321-4950-bfaf-ed285bdd1461", ["serviceStatus"] = new JObject { ["status"] = "enabled", ["disableReason"] = null, ["gracePeriodDateTime"] = null, ["restoreAllowedTillDateTime"] = null } });
                case "/exchangeProtectionPolicies": return Page(ExchangePolicies);
                case "/sharePointProtectionPolicies": return Page(SharePointPolicies);
                case "/oneDriveForBusinessProtectionPolicies": return Page(OneDrivePolicies);
                case "/protectionUnits/graph.mailboxProtectionUnit": return Page(MailboxUnits);
                case "/protectionUnits/graph.siteProtectionUnit": return Page(SiteUnits);
                case "/protectionUnits/graph.driveProtectionUnit": return Page(DriveUnits);
                case "/restorePoints/search": return Search(JObject.Parse(await request.Content!.ReadAsStringAsync().ConfigureAwait(false)));
                case "/exchangeRestoreSessions":
                case "/sharePointRestoreSessions":
                case "/oneDriveForBusinessRestoreSessions":
                    return Page(new List<JObject>());
            }
            if (path == "/users")
            {
                var filter = Uri.UnescapeDataString(request.RequestUri.Query);
                var ids = new HashSet<string>(Regex.Matches(filter, "'([^']+)'").Cast<Match>().Select(m => m.Groups[1].Value), StringComparer.Ordinal);
                return Page(Users.Where(u => ids.Contains(u.Key))
                    .Select(u => new JObject { ["id"] = u.Key, ["mail"] = u.Value.Key, ["userPrincipalName"] = u.Value.Value }).ToList());
            }
            var site = Regex.Match(path, "^/sites/([^/]+)$");
            if (site.Success && SiteUrls.TryGetValue(site.Groups[1].Value, out var url))
                return Json(new JObject { ["id"] = site.Groups[1].Value, ["webUrl"] = url });
            return Json(new JObject { ["error"] = new JObject { ["code"] = "itemNotFound", ["message"] = "No resource at " + path } }, HttpStatusCode.NotFound);
        }

        private HttpResponseMessage Search(JObject body)
        {
            var start = DateTimeOffset.Parse((string)body.SelectToken("protectionTimePeriod.startDateTime")!, CultureInfo.InvariantCulture);
            var end = DateTimeOffset.Parse((string)body.SelectToken("protectionTimePeriod.endDateTime")!, CultureInfo.InvariantCulture);
            var results = new JArray();
            var none = new JArray();
            foreach (var id in body["protectionUnitIds"]!.Select(t => (string)t!))
            {
                var times = PointTimes.TryGetValue(id, out var list) ? list : new List<DateTimeOffset>();
                var inPeriod = times.Where(t => t >= start && t <= end).ToList();
                if (inPeriod.Count == 0) { none.Add(id); continue; }
                var latest = inPeriod.Max();
                results.Add(new JObject
                {
                    ["restorePoint"] = new JObject
                    {
                        ["@odata.type"] = "#microsoft.graph.restorePoint",
                        ["id"] = "rp-" + id + "-" + latest.UtcDateTime.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture),
                        ["protectionDateTime"] = Time(latest),
                        ["expirationDateTime"] = Time(latest.AddYears(1)),
                        ["tags"] = "none",
                        ["protectionUnit"] = new JObject { ["@odata.type"] = UnitType(id), ["id"] = id },
                    },
                });
            }
            return Json(new JObject
            {
                ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#microsoft.graph.restorePointSearchResponse",
                ["searchResponseId"] = "Y29udG9zb2RlbnRhbC0yMDI2MTEwMQ",
                ["searchResults"] = results,
                ["noResultProtectionUnitIds"] = none,
            });
        }

        private string UnitType(string id) =>
            MailboxUnits.Concat(SiteUnits).Concat(DriveUnits).Where(u => (string?)u["id"] == id).Select(u => (string?)u["@odata.type"]).FirstOrDefault()
            ?? "#microsoft.graph.protectionUnitBase";

        private static HttpResponseMessage Page(List<JObject> items) =>
            Json(new JObject { ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#collection", ["value"] = new JArray(items) });

        private static HttpResponseMessage Json(JObject body, HttpStatusCode status = HttpStatusCode.OK) =>
            new HttpResponseMessage(status) { Content = new StringContent(body.ToString(Formatting.None), Encoding.UTF8, "application/json") };
    }
}
