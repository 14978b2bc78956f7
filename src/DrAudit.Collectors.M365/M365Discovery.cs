using System;
using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Model.Inventory;
using Microsoft.Graph.Models;

namespace DrAudit.Collectors.M365
{
    /// <summary>The tenant's workloads as inventory <c>discovered</c> (v1.1, DR-16), named as protection units are named so
    /// that a protected one is matched by its policy's job: a mailbox is a member (not a guest) with a mail address, named
    /// by that address; a OneDrive is <c>onedrive:</c> + its owner's address (else user principal name); a site is its URL.
    /// A user with a mailbox protection unit but no mail address is listed too (the unit proves the mailbox). Null
    /// (absent, not empty) when any part could not be listed, so a partial list never passes for a complete one.</summary>
    internal static class M365Discovery
    {
        public const string Platform = "Microsoft 365";

        public static List<DiscoveredWorkload>? Workloads(BackupRestoreSnapshot snapshot, Action<string> warn)
        {
            if (snapshot.DiscoveryGap != null)
            {
                warn("the tenant's mailboxes, OneDrives and sites are not listed as discovered: " + snapshot.DiscoveryGap.TrimEnd('.') + ". DR-16 cannot be judged for this source.");
                return null;
            }
            var discovered = new List<DiscoveredWorkload>();
            var mailboxOwners = new HashSet<string>(snapshot.Units.OfType<MailboxProtectionUnit>().Select(m => m.DirectoryObjectId).Where(id => !string.IsNullOrEmpty(id)).Select(id => id!),
                StringComparer.OrdinalIgnoreCase);
            foreach (var user in snapshot.TenantUsers!.Where(u => !string.IsNullOrEmpty(u.Id) && !TenantDiscovery.IsGuest(u)))
            {
                var name = string.IsNullOrEmpty(user.Mail) ? user.UserPrincipalName : user.Mail;
                if (string.IsNullOrEmpty(name)) continue;
                if (!string.IsNullOrEmpty(user.Mail) || mailboxOwners.Contains(user.Id!))
                    discovered.Add(new DiscoveredWorkload { Object = name!, Kind = WorkloadKind.Mailbox, Platform = Platform });
                if (snapshot.OneDriveOwners.Contains(user.Id!))
                    discovered.Add(new DiscoveredWorkload { Object = M365InventoryMapper.OneDrivePrefix + name, Kind = WorkloadKind.Onedrive, Platform = Platform });
            }
            foreach (var site in snapshot.TenantSites!)
                discovered.Add(new DiscoveredWorkload { Object = site.WebUrl!, Kind = WorkloadKind.Site, Platform = Platform });
            return discovered
                .GroupBy(d => d.Object, StringComparer.OrdinalIgnoreCase).Select(g => g.First())
                .ToList();
        }
    }
}
