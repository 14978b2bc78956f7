using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DrAudit.Core.Model;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Inventory;
using DrAudit.Core.Sources;
using Microsoft.Graph.Models;
using GraphRestorePoint = Microsoft.Graph.Models.RestorePoint;
using InventoryRestorePoint = DrAudit.Core.Model.Inventory.RestorePoint;
using RestoreTest = DrAudit.Core.Model.Definition.RestoreTest;

namespace DrAudit.Collectors.M365
{
    /// <summary>Turns a <see cref="BackupRestoreSnapshot"/> into the neutral inventory (docs/sources/m365.md):
    /// one saas job per protection policy, the one repository <c>m365-backup</c>, every restore point of each unit in the
    /// audit window, one successful run per distinct restore-point time of a policy (the API reports no job runs), the
    /// tenant's mailboxes, OneDrives and sites as <c>discovered</c>, and a restore test per finished restore artifact.</summary>
    internal static class M365InventoryMapper
    {
        public const string RepositoryId = "m365-backup";
        public const string OneDrivePrefix = "onedrive:";
        public const string SystemName = "Microsoft 365 Backup Storage (Microsoft Graph v1.0)";

        public static Inventory Map(BackupRestoreSnapshot snapshot, string sourceId, DateTimeOffset? collectedAt, ClientDefinition? definition,
            Action<string> warn, out List<RestoreTest> restoreTests)
        {
            var inventory = new Inventory { Source = sourceId, System = SystemName, CollectedAt = collectedAt };
            inventory.Repositories.Add(new Repository
            {
                Id = RepositoryId,
                Name = "Microsoft 365 Backup Storage",
                Location = RepositoryLocation.Cloud,
                // The API states neither encryption nor immutability nor who can delete: unknown, never assumed.
            });
            var serviceEnabled = ServiceEnabled(snapshot.ServiceStatus, warn);
            var counted = new HashSet<string>(StringComparer.Ordinal);
            foreach (var unit in snapshot.Units)
            {
                if (Protects(unit, snapshot, warn) && unit.Id != null) counted.Add(unit.Id);
            }
            foreach (var policy in snapshot.Policies.Where(p => !string.IsNullOrEmpty(p.Id)))
            {
                if (policy.Status == ProtectionPolicyStatus.ActiveWithErrors)
                    warn("protection policy '" + policy.DisplayName + "' is active with errors: some of its units may not be backed up.");
                else if (policy.Status == null || policy.Status == ProtectionPolicyStatus.UnknownFutureValue)
                    warn("protection policy '" + policy.DisplayName + "' has a status DrAudit does not know; it is treated as not enabled.");
                var units = snapshot.Units.Where(u => u.PolicyId == policy.Id && u.Id != null && counted.Contains(u.Id)).ToList();
                inventory.Jobs.Add(new Job
                {
                    Id = policy.Id!,
                    Name = policy.DisplayName,
                    Kind = JobKind.Saas,
                    Enabled = serviceEnabled && (policy.Status == ProtectionPolicyStatus.Active || policy.Status == ProtectionPolicyStatus.ActiveWithErrors),
                    Objects = units.SelectMany(u => NamesOf(u, snapshot)).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
                    Repository = RepositoryId,
                    Retention = RetentionOf(policy),
                });
            }
            var policyIds = new HashSet<string>(inventory.Jobs.Select(j => j.Id), StringComparer.Ordinal);
            foreach (var unit in snapshot.Units.Where(u => u.Id != null && snapshot.Points.ContainsKey(u.Id)))
            {
                var job = unit.PolicyId != null && policyIds.Contains(unit.PolicyId) ? unit.PolicyId : null;
                var names = NamesOf(unit, snapshot);
                foreach (var point in snapshot.Points[unit.Id!].OrderBy(p => p.ProtectionDateTime))
                    foreach (var name in names)
                        inventory.RestorePoints.Add(new InventoryRestorePoint { Object = name, Job = job, Time = point.ProtectionDateTime!.Value, Repository = RepositoryId });
            }
            foreach (var group in snapshot.Units.Where(u => u.Id != null && u.PolicyId != null && policyIds.Contains(u.PolicyId) && snapshot.Points.ContainsKey(u.Id))
                .SelectMany(u => snapshot.Points[u.Id!].Select(p => (Policy: u.PolicyId!, Time: p.ProtectionDateTime!.Value, Unit: u.Id!)))
                .GroupBy(x => (x.Policy, x.Time))
                .OrderBy(g => g.Key.Policy, StringComparer.Ordinal).ThenBy(g => g.Key.Time))
            {
                var count = group.Select(x => x.Unit).Distinct(StringComparer.Ordinal).Count();
                inventory.Runs.Add(new JobRun
                {
                    Job = group.Key.Policy,
                    Start = group.Key.Time,
                    End = group.Key.Time,
                    Result = RunResult.Success,
                    Message = "Synthesised from the restore point of " + count.ToString(CultureInfo.InvariantCulture) + " protection unit"
                        + (count == 1 ? "" : "s") + " (Microsoft 365 Backup reports no job runs).",
                });
            }
            if (snapshot.HistoryCut.Count > 0)
                warn("the restore point history of " + snapshot.HistoryCut.Count.ToString(CultureInfo.InvariantCulture) + " protection unit"
                    + (snapshot.HistoryCut.Count == 1 ? " was" : "s were") + " read back only to "
                    + snapshot.HistoryCut.Values.Max().UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)
                    + " (the request budget per unit ran out before the start of the audit window); older points in the window are not counted.");
            inventory.Discovered = M365Discovery.Workloads(snapshot, warn);
            restoreTests = RestoreTests(snapshot, sourceId, new ServiceAttribution(definition, sourceId), warn);
            return inventory;
        }

        /// <summary>False only when the service says it is disabled; an unknown status is reported and left to the policies.</summary>
        private static bool ServiceEnabled(ServiceStatus? status, Action<string> warn)
        {
            if (status?.Status == BackupServiceStatus.Disabled)
            {
                warn("Microsoft 365 Backup is disabled for the tenant" + (status.DisableReason == null ? "" : " (" + status.DisableReason + ")")
                    + ": no policy is counted as enabled.");
                return false;
            }
            if (status?.Status == null || status.Status == BackupServiceStatus.UnknownFutureValue)
                warn("Microsoft 365 Backup did not report a service status DrAudit knows.");
            return true;
        }

        /// <summary>A unit protects its object only when its status is <c>protected</c> and it carries no error. An
        /// error delivered inside the entity (HTTP 200) or a status the SDK could not read is reported, never protected.</summary>
        private static bool Protects(ProtectionUnitBase unit, BackupRestoreSnapshot snapshot, Action<string> warn)
        {
            var name = NamesOf(unit, snapshot).FirstOrDefault() ?? unit.Id;
            if (unit.Error != null && (!string.IsNullOrEmpty(unit.Error.Code) || !string.IsNullOrEmpty(unit.Error.Message)))
            {
                warn("protection unit " + name + " reports an error (" + unit.Error.Code + ": " + unit.Error.Message + "); it is not counted as protected.");
                return false;
            }
            if (unit.Status == null || unit.Status == ProtectionUnitStatus.UnknownFutureValue)
            {
                warn("protection unit " + name + " has a status DrAudit cannot read; it is treated as unknown, not protected.");
                return false;
            }
            return unit.Status == ProtectionUnitStatus.Protected;
        }

        /// <summary>The names a component can match a unit by: mailbox address and directoryObjectId; site URL and siteId;
        /// OneDrive <c>onedrive:</c> + owner address and <c>onedrive:</c> + directoryObjectId (so a mailbox and the same
        /// user's OneDrive never share a name). A name Graph did not resolve is left out.</summary>
        internal static IReadOnlyList<string> NamesOf(ProtectionUnitBase unit, BackupRestoreSnapshot snapshot)
        {
            var names = new List<string>();
            switch (unit)
            {
                case MailboxProtectionUnit mailbox:
                    AddUser(names, "", mailbox.DirectoryObjectId ?? "", mailbox.Email, snapshot);
                    break;
                case DriveProtectionUnit drive:
                    AddUser(names, OneDrivePrefix, drive.DirectoryObjectId ?? "", drive.Email, snapshot);
                    break;
                case SiteProtectionUnit site:
                    var url = site.SiteId != null && snapshot.SiteUrls.TryGetValue(site.SiteId, out var resolved) ? resolved : site.SiteWebUrl;
                    if (!string.IsNullOrEmpty(url)) names.Add(url!);
                    if (!string.IsNullOrEmpty(site.SiteId)) names.Add(site.SiteId!);
                    break;
            }
            if (names.Count == 0 && !string.IsNullOrEmpty(unit.Id)) names.Add(unit.Id!);
            return names;
        }

        private static void AddUser(List<string> names, string prefix, string directoryObjectId, string? delegatedEmail, BackupRestoreSnapshot snapshot)
        {
            var address = snapshot.UserNames.TryGetValue(directoryObjectId, out var resolved) ? resolved : delegatedEmail;
            if (!string.IsNullOrEmpty(address)) names.Add(prefix + address);
            if (directoryObjectId.Length > 0) names.Add(prefix + directoryObjectId);
        }

        /// <summary>The longest retention period among the policy's settings; null when it states none.</summary>
        private static Duration? RetentionOf(ProtectionPolicyBase policy)
        {
            var periods = (policy.RetentionSettings ?? new List<RetentionSetting>()).Where(r => r.Period.HasValue).Select(r => r.Period!.Value).ToList();
            return periods.Count == 0 ? (Duration?)null : new Duration(periods.Max());
        }

        /// <summary>Item-level restore tests for each finished artifact (succeeded or failed): dated at its start, lasting
        /// from start to completion, quality Excellent; one per service that has a component (of this source) matching a
        /// name of the restored unit, listing those components, or one with Service empty when none matches. Artifacts
        /// still running or of unknown status are not tests yet.</summary>
        private static List<RestoreTest> RestoreTests(BackupRestoreSnapshot snapshot, string sourceId, ServiceAttribution attribution, Action<string> warn)
        {
            var tests = new List<RestoreTest>();
            var units = snapshot.Units.Where(u => u.Id != null).GroupBy(u => u.Id!).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            foreach (var session in snapshot.Sessions)
            {
                if (session.Error != null && !string.IsNullOrEmpty(session.Error.Code))
                    warn("restore session " + session.Id + " reports an error (" + session.Error.Code + ": " + session.Error.Message + ").");
                if (!snapshot.Artifacts.TryGetValue(session.Id!, out var artifacts)) continue;
                foreach (var artifact in artifacts)
                {
                    RestoreResult result;
                    if (artifact.Status == ArtifactRestoreStatus.Succeeded) result = RestoreResult.Success;
                    else if (artifact.Status == ArtifactRestoreStatus.Failed) result = RestoreResult.Failed;
                    else continue;
                    var start = artifact.StartDateTime ?? session.CreatedDateTime;
                    if (start == null) continue;
                    var unitId = artifact.RestorePoint?.ProtectionUnit?.Id;
                    var names = unitId != null && units.TryGetValue(unitId, out var unit) ? NamesOf(unit, snapshot)
                        : unitId != null ? new[] { unitId } : Array.Empty<string>();
                    var what = names.FirstOrDefault() ?? "an unknown protection unit";
                    var services = attribution.ServicesFor(names);
                    if (services.Count == 0) services.Add(("", new List<string>()));
                    tests.AddRange(services.Select(service => new RestoreTest
                    {
                        Service = service.Service,
                        Components = service.Components,
                        Date = start.Value,
                        Scope = RestoreScope.Item,
                        Result = result,
                        PointInTime = artifact.RestorePoint?.ProtectionDateTime,
                        Duration = artifact.CompletionDateTime.HasValue && artifact.CompletionDateTime >= start
                            ? new Duration(artifact.CompletionDateTime.Value - start.Value) : (Duration?)null,
                        Validation = "Microsoft 365 Backup restored " + what
                            + (artifact.DestinationType == DestinationType.InPlace ? " in place" : artifact.DestinationType == DestinationType.New ? " to a new location" : "")
                            + (artifact.Error != null && !string.IsNullOrEmpty(artifact.Error.Code) ? " (error " + artifact.Error.Code + ": " + artifact.Error.Message + ")" : ""),
                        Evidence = "restore session " + session.Id + ", artifact " + artifact.Id,
                        Origin = sourceId,
                        Quality = DrAudit.Core.Model.Result.EvidenceQuality.Excellent,
                    }));
                }
            }
            return tests;
        }
    }
}
