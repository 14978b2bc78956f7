using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using Azure.Core;
using DrAudit.Collectors.M365;
using DrAudit.Core.Hosting;
using DrAudit.Core.Model;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Inventory;
using DrAudit.Core.Sources;
using Newtonsoft.Json.Linq;

namespace DrAudit.Bench.Sample
{
    /// <summary>
    /// Writes the sample's Microsoft 365 backup as a capture of Microsoft Graph, saved by the real m365 collector while it
    /// reads a <see cref="GraphBackupTenant"/> holding the inventory's Exchange, SharePoint and OneDrive jobs as protection
    /// policies, their objects as protection units and their restore points, and the tenant around them: its users (the
    /// protected staff and the unprotected shared reception mailbox), their OneDrives and its sites. What Graph cannot
    /// state is lost: failed runs (only points exist), replication jobs and the repositories' encryption and immutability.
    /// </summary>
    public static class M365CaptureWriter
    {
        private const string OneDrivePrefix = "https://contosodental-my.sharepoint.com/personal/";
        private const string Reception = "reception@contosodental.com.au";

        public static void Write(Inventory inventory, SourceDefinition source, DateTimeOffset asOf, Duration auditWindow, string folder)
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            var tenant = new GraphBackupTenant();
            foreach (var job in inventory.Jobs.Where(j => j.Kind == JobKind.Saas))
            {
                var kind = job.Objects.All(o => o.Contains('@')) ? "exchange" : job.Objects.All(o => o.StartsWith(OneDrivePrefix, StringComparison.Ordinal)) ? "drive" : "site";
                var policy = Policy(kind, job);
                (kind == "exchange" ? tenant.ExchangePolicies : kind == "drive" ? tenant.OneDrivePolicies : tenant.SharePointPolicies).Add(policy);
                foreach (var name in job.Objects)
                {
                    var unitId = Id(kind + "-unit", name);
                    var points = inventory.RestorePoints.Where(p => p.Job == job.Id && p.Object == name).Select(p => p.Time).ToList();
                    tenant.PointTimes[unitId] = points;
                    if (kind == "site")
                    {
                        var siteId = "contosodental.sharepoint.com," + Id("site", name) + "," + Id("web", name);
                        tenant.SiteUrls[siteId] = name;
                        tenant.AllSites.Add((siteId, name, false));
                        tenant.SiteUnits.Add(Unit("site", unitId, (string)policy["id"]!, "siteId", siteId));
                        continue;
                    }
                    var address = kind == "exchange" ? name : AddressOfOneDrive(name);
                    var userId = Id("user", address);
                    tenant.Users[userId] = new KeyValuePair<string, string>(address, address);
                    if (kind == "drive")
                    {
                        tenant.OneDrives.Add(userId);
                        tenant.AllSites.Add(("contosodental-my.sharepoint.com," + Id("site", name) + "," + Id("web", name), name, true));
                    }
                    (kind == "exchange" ? tenant.MailboxUnits : tenant.DriveUnits).Add(Unit(kind == "exchange" ? "mailbox" : "drive", unitId, (string)policy["id"]!, "directoryObjectId", userId));
                }
            }
            // The shared reception mailbox: in the tenant, protected by no policy (no OneDrive: a shared mailbox has none).
            tenant.Users[Id("user", Reception)] = new KeyValuePair<string, string>(Reception, Reception);
            var context = new CollectionContext(asOf, auditWindow, SilentAuditHost.Instance) { SaveCaptureTo = folder };
            var collector = new M365SourceCollector(new M365CollectorOptions { Credential = new OfflineTokenCredential(), Transport = tenant });
            var data = collector.Collect(source, context, CancellationToken.None);
            if (data.Inventory == null)
                throw new InvalidOperationException("The m365 collector could not read the sample tenant: " + data.Error);
            // The collector stamps the capture with the clock; the sample's is its asOf, so every run writes the same files.
            var manifestPath = Path.Combine(folder, M365SourceCollector.CaptureManifestFile);
            var manifest = JObject.Parse(File.ReadAllText(manifestPath));
            manifest["collectedAt"] = GraphBackupTenant.Time(asOf);
            File.WriteAllText(manifestPath, manifest.ToString() + "\n");
        }

        /// <summary>https://contosodental-my.sharepoint.com/personal/mei_lin_contosodental_com_au: mei.lin@contosodental.com.au.</summary>
        private static string AddressOfOneDrive(string url)
        {
            var user = url.Substring(OneDrivePrefix.Length);
            const string domain = "_contosodental_com_au";
            return user.Substring(0, user.Length - domain.Length).Replace('_', '.') + "@contosodental.com.au";
        }

        /// <summary>A stable GUID for a name, so every run writes the same ids.</summary>
        private static string Id(string what, string name)
        {
            using (var sha = SHA256.Create())
            {
                var bytes = sha.ComputeHash(Encoding.UTF8.GetBytes(what + "|" + name));
                return new Guid(bytes.Take(16).ToArray()).ToString();
            }
        }

        private static JObject Policy(string kind, Job job) => new JObject
        {
            ["@odata.type"] = "#microsoft.graph." + (kind == "exchange" ? "exchange" : kind == "drive" ? "oneDriveForBusiness" : "sharePoint") + "ProtectionPolicy",
            ["id"] = Id("policy", job.Id),
            ["displayName"] = job.Name,
            ["status"] = "active",
            ["isEnabled"] = true,
            ["createdBy"] = new JObject { ["user"] = new JObject { ["id"] = "admin", ["displayName"] = "Northwind L2" } },
            ["createdDateTime"] = "2026-01-12T03:00:00Z",
            ["lastModifiedBy"] = new JObject { ["user"] = new JObject { ["id"] = "admin", ["displayName"] = "Northwind L2" } },
            ["lastModifiedDateTime"] = "2026-01-12T03:00:00Z",
            ["retentionSettings"] = new JArray(new JObject { ["interval"] = "R/PT10M", ["period"] = "P1Y" }),
        };

        private static JObject Unit(string type, string id, string policyId, string key, string value) => new JObject
        {
            ["@odata.type"] = "#microsoft.graph." + type + "ProtectionUnit",
            ["id"] = id,
            ["policyId"] = policyId,
            ["status"] = "protected",
            [key] = value,
            ["error"] = null,
            ["createdBy"] = new JObject { ["application"] = new JObject { ["id"] = "app" } },
            ["createdDateTime"] = "2026-01-12T03:00:00Z",
            ["protectionSources"] = "manual",
        };

        /// <summary>Hands the Graph SDK a token without signing in: the requests never leave the process.</summary>
        private sealed class OfflineTokenCredential : TokenCredential
        {
            public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
                new AccessToken("offline", DateTimeOffset.UtcNow.AddHours(1));

            public override System.Threading.Tasks.ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
                new System.Threading.Tasks.ValueTask<AccessToken>(GetToken(requestContext, cancellationToken));
        }
    }
}
