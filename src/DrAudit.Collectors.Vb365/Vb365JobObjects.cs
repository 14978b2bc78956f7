using System;
using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Hosting;
using DrAudit.Core.Sources.Rest;
using Newtonsoft.Json.Linq;

namespace DrAudit.Collectors.Vb365
{
    /// <summary>The objects a backup job protects: its selected items (users' mailboxes and OneDrives, sites, teams, group
    /// mailboxes), or for a job that protects the entire organization (or whole workloads of it) the organization's users,
    /// sites and teams, less the job's excluded items. Group members are not expanded: a member's mailbox counts as protected
    /// only where it is selected on its own (said as verbose).</summary>
    internal sealed class Vb365JobObjects
    {
        private readonly Vb365Snapshot _snapshot;
        private readonly IAuditHost _host;

        public Vb365JobObjects(Vb365Snapshot snapshot, IAuditHost host)
        {
            _snapshot = snapshot;
            _host = host;
        }

        public List<Vb365ProtectedObject> Of(JObject job)
        {
            var id = Vb365Json.String(job, "id")!;
            var selected = _snapshot.SelectedItems.TryGetValue(id, out var s) ? s : new List<JObject>();
            var objects = new List<Vb365ProtectedObject>();
            var whole = string.Equals(Vb365Json.String(job, "backupType"), "EntireOrganization", StringComparison.OrdinalIgnoreCase);
            if (whole) objects.AddRange(Organization(new HashSet<Vb365Workload>((Vb365Workload[])Enum.GetValues(typeof(Vb365Workload))), job));
            foreach (var item in selected)
            {
                if (Vb365Values.IsPartialOrganization(item))
                    objects.AddRange(Organization(PartialWorkloads(item), job));
                else
                    objects.AddRange(Item(item, job, excluded: false));
            }
            var excluded = (_snapshot.ExcludedItems.TryGetValue(id, out var e) ? e : new List<JObject>())
                .SelectMany(x => Item(x, job, excluded: true)).Select(o => o.Name).ToList();
            var without = new HashSet<string>(excluded, StringComparer.OrdinalIgnoreCase);
            return objects.Where(o => !without.Contains(o.Name))
                .GroupBy(o => o.Name, StringComparer.OrdinalIgnoreCase).Select(g => g.First()).ToList();
        }

        /// <summary>Flags of a PartialOrganization item: mailbox, oneDrive, sites, teams.</summary>
        private static HashSet<Vb365Workload> PartialWorkloads(JObject item)
        {
            var workloads = new HashSet<Vb365Workload>();
            if (RestJsonFields.Bool(item, "mailbox") == true) workloads.Add(Vb365Workload.Mailbox);
            if (RestJsonFields.Bool(item, "oneDrive") == true) workloads.Add(Vb365Workload.OneDrive);
            if (RestJsonFields.Bool(item, "sites") == true) workloads.Add(Vb365Workload.Site);
            if (RestJsonFields.Bool(item, "teams") == true) workloads.Add(Vb365Workload.Team);
            return workloads;
        }

        private IEnumerable<Vb365ProtectedObject> Organization(HashSet<Vb365Workload> workloads, JObject job)
        {
            var name = Vb365Json.String(job, "name");
            if ((workloads.Contains(Vb365Workload.Mailbox) || workloads.Contains(Vb365Workload.OneDrive)) && _snapshot.Users == null)
                _host.WriteVerbose("VB365 job '" + name + "' protects the organization's users, but they could not be read; its mailboxes and OneDrives are unknown.");
            foreach (var user in _snapshot.Users ?? new List<JObject>())
            {
                var address = Vb365Json.String(user, "name");
                if (address == null) continue;
                if (workloads.Contains(Vb365Workload.Mailbox)) yield return new Vb365ProtectedObject(address, Vb365Workload.Mailbox);
                if (workloads.Contains(Vb365Workload.OneDrive)) yield return new Vb365ProtectedObject(Vb365ProtectedObject.OneDrivePrefix + address, Vb365Workload.OneDrive);
            }
            if (workloads.Contains(Vb365Workload.Site))
            {
                if (_snapshot.Sites == null) _host.WriteVerbose("VB365 job '" + name + "' protects the organization's sites, but they could not be read; its sites are unknown.");
                foreach (var site in (_snapshot.Sites ?? new List<JObject>()).Where(x => RestJsonFields.Bool(x, "isPersonal") != true))
                    if ((Vb365Json.String(site, "url") ?? Vb365Json.String(site, "name")) is string url) yield return new Vb365ProtectedObject(url, Vb365Workload.Site);
            }
            if (workloads.Contains(Vb365Workload.Team))
            {
                if (_snapshot.Teams == null) _host.WriteVerbose("VB365 job '" + name + "' protects the organization's teams, but they could not be read; its teams are unknown.");
                foreach (var team in _snapshot.Teams ?? new List<JObject>())
                    if (TeamName(team) is string t) yield return new Vb365ProtectedObject(t, Vb365Workload.Team);
            }
        }

        /// <summary>The objects one selected (or excluded) item names. An item that names no workload flag stands for all of
        /// its workloads (an exclusion of a user without flags excludes the user entirely).</summary>
        private IEnumerable<Vb365ProtectedObject> Item(JObject item, JObject job, bool excluded)
        {
            switch ((Vb365Json.String(item, "type") ?? "").ToLowerInvariant())
            {
                case "user":
                    var address = Vb365Json.String(item, "user.name");
                    if (address == null) break;
                    var mailbox = RestJsonFields.Bool(item, "mailbox");
                    var oneDrive = RestJsonFields.Bool(item, "oneDrive");
                    var all = mailbox == null && oneDrive == null && excluded;
                    if (mailbox == true || all) yield return new Vb365ProtectedObject(address, Vb365Workload.Mailbox);
                    if (oneDrive == true || all) yield return new Vb365ProtectedObject(Vb365ProtectedObject.OneDrivePrefix + address, Vb365Workload.OneDrive);
                    break;
                case "site":
                    if ((Vb365Json.String(item, "site.url") ?? Vb365Json.String(item, "site.name")) is string url)
                        yield return new Vb365ProtectedObject(url, Vb365Workload.Site);
                    break;
                case "team":
                    if (TeamName(item["team"]) is string team) yield return new Vb365ProtectedObject(team, Vb365Workload.Team);
                    break;
                case "group":
                    var group = Vb365Json.String(item, "group.name") ?? Vb365Json.String(item, "group.displayName");
                    if (group != null && (RestJsonFields.Bool(item, "groupMailbox") == true || excluded))
                        yield return new Vb365ProtectedObject(group, Vb365Workload.Mailbox);
                    if (!excluded && (RestJsonFields.Bool(item, "members") == true || RestJsonFields.Bool(item, "memberMailbox") == true || RestJsonFields.Bool(item, "memberOnedrive") == true))
                        _host.WriteVerbose("VB365 job '" + Vb365Json.String(job, "name") + "' protects the members of group '" + group
                            + "'; members are not expanded, so a member's mailbox or OneDrive counts as protected only where it is selected on its own.");
                    break;
            }
        }

        private static string? TeamName(JToken? team)
        {
            var name = Vb365Json.String(team, "mail") ?? Vb365Json.String(team, "displayName");
            return name == null ? null : Vb365ProtectedObject.TeamPrefix + name;
        }
    }
}
