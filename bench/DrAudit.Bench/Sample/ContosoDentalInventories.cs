using System;
using System.Collections.Generic;
using System.Linq;
using DrAudit.Bench.Generation;
using DrAudit.Core.Model;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Inventory;

namespace DrAudit.Bench.Sample
{
    /// <summary>
    /// The backup inventory of the bundled sample client, Contoso Dental Group (samples/contoso-dental): 60 days of
    /// a Veeam server's jobs, runs and restore points before the sample's asOf, and the same for a Microsoft 365
    /// backup service. Every run that is not a plain success is listed here by its local start time, so what the
    /// sample's README says is planted can be checked against this file.
    /// </summary>
    public static class ContosoDentalInventories
    {
        public const ulong Seed = 20261101;
        public static readonly DateTimeOffset AsOf = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

        /// <summary>The sample's m365 source as client.yaml declares it: the tenant and the app registration DrAudit reads as.</summary>
        public static SourceDefinition M365Source() => new SourceDefinition
        {
            Id = "m365-backup",
            Type = SourceDefinition.M365Type,
            TenantId = "8f3c2b6e-5d14-4a7b-9c21-6e0d4f7a2b19",
            ClientId = "c41e7a90-2b3d-4f58-8e6a-1d9b0c5f3e27",
        };

        /// <summary>The Veeam repository type of each repository of <see cref="Veeam"/>, for its capture: VBR01's ReFS
        /// volume and the rotated USB drives are Windows local repositories, NAS02 an SMB share, Wasabi its own type.</summary>
        public static readonly IReadOnlyDictionary<string, string> VeeamRepositoryTypes = new Dictionary<string, string>
        {
            ["vbr-local"] = "WinLocal",
            ["wasabi-syd"] = "WasabiCloud",
            ["nas02"] = "Smb",
            ["usb-rotation"] = "WinLocal",
        };

        /// <summary>First day of history on the Sydney clock (60 days before asOf).</summary>
        private static readonly DateTime FirstDay = new DateTime(2026, 9, 2);
        private static readonly DateTime LastDay = new DateTime(2026, 11, 1);

        private const string VssTimeout = "SQL01: Failed to prepare guest for hot backup. Error: VSSControl: Failed to freeze guest over 900 seconds, wait timeout.";

        /// <summary>The Veeam Backup &amp; Replication server's export, converted to the neutral format.</summary>
        public static Inventory Veeam()
        {
            var inventory = new Inventory
            {
                Source = "veeam-main",
                System = "Veeam Backup & Replication 12.3 (VBR01), session export converted to the neutral format",
                CollectedAt = AsOf,
            };
            inventory.Repositories.AddRange(new[]
            {
                Repository("vbr-local", "VBR01 local ReFS repository (D:\\Backups)", RepositoryLocation.Onsite, encrypted: true, immutableDays: 0, sharesProduction: true),
                Repository("wasabi-syd", "Wasabi ap-southeast-2 bucket with object lock", RepositoryLocation.Cloud, encrypted: true, immutableDays: 90, sharesProduction: false),
                Repository("nas02", "NAS02 Synology share (imaging archive target)", RepositoryLocation.Onsite, encrypted: false, immutableDays: 0, sharesProduction: true),
                Repository("usb-rotation", "Rotated USB drives, taken off-site weekly", RepositoryLocation.Offline, encrypted: true, immutableDays: 0, sharesProduction: false),
            });

            var random = new DeterministicRandom(Seed);
            var plans = new List<JobHistoryPlan>();

            var sql = Plan(inventory, Job("j-sql01", "SQL01 practice database (every 4 hours)", JobKind.Backup, "vbr-local", 14, true, "SQL01"),
                Schedules.EveryHours(FirstDay, LastDay, 4, 2, 0), 12, 24, PointConsistency.Application, plans);
            Fail(sql, Local(9, 15, 6, 0), VssTimeout);
            Warn(sql, Local(10, 12, 14, 0), "SQL01: Unable to truncate Microsoft SQL Server transaction logs. Details: Failed to connect to SQL instance PRACTICE.");
            // The planted run of failures: from Saturday 22:00 until the audit, the SQL VSS writer has been stuck.
            foreach (var start in new[] { Local(10, 31, 22, 0), Local(11, 1, 2, 0), Local(11, 1, 6, 0), Local(11, 1, 10, 0) })
                Fail(sql, start, VssTimeout);

            var pm = Plan(inventory, Job("j-pm01", "PM01 application server (every 4 hours)", JobKind.Backup, "vbr-local", 14, true, "PM01"),
                Schedules.EveryHours(FirstDay, LastDay, 4, 2, 15), 6, 14, PointConsistency.Application, plans);
            Warn(pm, Local(10, 19, 14, 15), "PM01: Changed block tracking was reset; the whole disk was read.");

            var entra = Plan(inventory, Job("j-entra", "Entra ID tenant contosodental (every 4 hours)", JobKind.Saas, "vbr-local", 30, null, "contosodental.onmicrosoft.com"),
                Schedules.EveryHours(FirstDay, LastDay, 4, 2, 30), 3, 9, PointConsistency.Application, plans);
            Warn(entra, Local(10, 20, 10, 30), "Entra ID: 2 audit log pages skipped after Microsoft Graph throttling (HTTP 429).");

            Plan(inventory, Job("j-fw01", "FW01 configuration export (every 4 hours)", JobKind.Backup, "vbr-local", 30, null, "FW01-config"),
                Schedules.EveryHours(FirstDay, LastDay, 4, 2, 45), 1, 3, PointConsistency.File, plans);

            var fs = Plan(inventory, Job("j-fs01", "FS01 file server nightly", JobKind.Backup, "vbr-local", 30, true, "FS01"),
                Schedules.Daily(FirstDay, LastDay, 22, 0), 35, 80, PointConsistency.Application, plans);
            Fail(fs, Local(9, 18, 22, 0), "FS01: Failed to create VM snapshot. Error: Insufficient disk space on datastore DS01.");

            var payroll = Plan(inventory, Job("j-payroll", "Payroll exports nightly (FS01 Finance\\PayrollExports)", JobKind.Backup, "vbr-local", 30, null, "FS01-Finance-PayrollExports"),
                Schedules.Daily(FirstDay, LastDay, 22, 30), 2, 6, PointConsistency.File, plans);
            Warn(payroll, Local(10, 15, 22, 30), "1 file skipped (in use by another process): PayRun-2026-10-15.xlsx.");

            var imaging = Plan(inventory, Job("j-imaging", "NAS01 imaging archive nightly", JobKind.Backup, "nas02", 30, null, "NAS01-Imaging"),
                Schedules.Daily(FirstDay, LastDay, 23, 30), 40, 95, PointConsistency.File, plans);
            imaging.Job.Encrypted = false;  // NAS02 has no encryption, and the job does not add any
            Warn(imaging, Local(10, 7, 23, 30), "412 files skipped (locked): DICOM viewer cache *.lck.");
            Warn(imaging, Local(10, 22, 23, 30), "388 files skipped (locked): DICOM viewer cache *.lck.");

            Plan(inventory, Job("j-wasabi", "Weekly copy to Wasabi (object lock)", JobKind.Copy, "wasabi-syd", 90, null,
                    "SQL01", "PM01", "contosodental.onmicrosoft.com", "FW01-config", "FS01", "FS01-Finance-PayrollExports"),
                Schedules.Weekly(FirstDay, LastDay, DayOfWeek.Saturday, 8, 0), 60, 150, PointConsistency.Application, plans);

            Plan(inventory, Job("j-usb", "Imaging archive weekly USB rotation", JobKind.Copy, "usb-rotation", 56, null, "NAS01-Imaging"),
                Schedules.Weekly(FirstDay, LastDay, DayOfWeek.Friday, 18, 0), 120, 200, PointConsistency.File, plans);

            // A job left behind when DC01 was retired: disabled, no runs, protects nothing.
            var retired = Job("j-dc01", "DC01 nightly (server retired)", JobKind.Backup, "vbr-local", 30, true, "DC01");
            retired.Enabled = false;
            inventory.Jobs.Add(retired);

            foreach (var plan in plans) JobHistoryGenerator.AddHistory(inventory, plan, AsOf, random);

            // v1.1: VBR01's own configuration backup (encrypted, nightly, to the object-locked Wasabi bucket), and the
            // machines VBR01 can see in vCenter: the test copy of PM01 is accounted for in client.yaml, the X-ray
            // gateway XRAY-GW01 is protected by nothing and named by no one (DR-16 names it, with LIC01).
            inventory.BackupServer = new BackupServer
            {
                Name = "VBR01",
                ConfigBackup = new ConfigurationBackup { Enabled = true, Encrypted = true, Repository = "wasabi-syd", LastSuccess = Local(10, 31, 23, 0) },
            };
            inventory.Discovered = new[] { "SQL01", "PM01", "FS01", "LIC01", "TEST-PM02", "XRAY-GW01" }
                .Select(name => new DiscoveredWorkload { Object = name, Kind = WorkloadKind.Vm, Platform = "vSphere vc01.contosodental.local" })
                .ToList();
            return inventory;
        }

        /// <summary>The Microsoft 365 backup service's CSV export: user mailboxes, SharePoint sites and OneDrives,
        /// kept in a primary and a secondary Australian region. The shared reception mailbox is not licensed for
        /// backup and so appears nowhere.</summary>
        public static Inventory Microsoft365()
        {
            var inventory = new Inventory
            {
                Source = "m365-backup",
                System = "Datto SaaS Protection (Microsoft 365), CSV export",
                CollectedAt = AsOf,
            };
            inventory.Repositories.AddRange(new[]
            {
                Repository("dsp-au-primary", "Datto cloud, Australia (primary)", RepositoryLocation.Cloud, encrypted: true, immutableDays: 365, sharesProduction: false),
                Repository("dsp-au-secondary", "Datto cloud, Australia (secondary region)", RepositoryLocation.Cloud, encrypted: true, immutableDays: 365, sharesProduction: false),
            });

            var users = new[] { "priya.shah", "daniel.nguyen", "mei.lin", "tom.oconnor", "aisha.rahman", "jack.wilson", "sarah.kelly", "ben.cooper" };
            var mailboxes = users.Select(u => u + "@contosodental.com.au").ToArray();
            var oneDrives = users.Select(u => "https://contosodental-my.sharepoint.com/personal/" + u.Replace('.', '_') + "_contosodental_com_au").ToArray();
            var sites = new[] { "Clinical", "Practice-Admin", "Marketing" }.Select(s => "https://contosodental.sharepoint.com/sites/" + s).ToArray();

            var random = new DeterministicRandom(Seed + 365);
            var plans = new List<JobHistoryPlan>();

            var exchange = Plan(inventory, Job("dsp-exchange", "Exchange Online mailboxes", JobKind.Saas, "dsp-au-primary", 365, null, mailboxes),
                Schedules.Daily(FirstDay, LastDay, 22, 0), 20, 50, PointConsistency.Application, plans);
            Fail(exchange, Local(10, 9, 22, 0), "Backup failed for 8 of 8 mailboxes: Microsoft Graph returned 429 Too Many Requests. The next scheduled backup will retry.");

            Plan(inventory, Job("dsp-sharepoint", "SharePoint Online sites", JobKind.Saas, "dsp-au-primary", 365, null, sites),
                Schedules.Daily(FirstDay, LastDay, 22, 20), 10, 30, PointConsistency.Application, plans);

            var oneDrive = Plan(inventory, Job("dsp-onedrive", "OneDrive for Business", JobKind.Saas, "dsp-au-primary", 365, null, oneDrives),
                Schedules.Daily(FirstDay, LastDay, 22, 40), 15, 40, PointConsistency.Application, plans);
            Warn(oneDrive, Local(10, 3, 22, 40), "1 item skipped: path longer than 400 characters.");
            Warn(oneDrive, Local(10, 26, 22, 40), "1 item skipped: path longer than 400 characters.");

            Plan(inventory, Job("dsp-geo", "Replication to secondary region", JobKind.Replica, "dsp-au-secondary", 365, null,
                    mailboxes.Concat(sites).Concat(oneDrives).ToArray()),
                Schedules.Daily(FirstDay, LastDay, 4, 0), 30, 70, PointConsistency.Application, plans);

            foreach (var plan in plans) JobHistoryGenerator.AddHistory(inventory, plan, AsOf, random);
            return inventory;
        }

        private static DateTimeOffset Local(int month, int day, int hour, int minute) => SydneyTime.At(2026, month, day, hour, minute);

        private static JobHistoryPlan Plan(Inventory inventory, Job job, IEnumerable<DateTimeOffset> starts, int minMinutes, int maxMinutes,
            PointConsistency consistency, List<JobHistoryPlan> plans)
        {
            inventory.Jobs.Add(job);
            var plan = new JobHistoryPlan(job, starts) { MinMinutes = minMinutes, MaxMinutes = maxMinutes, Consistency = consistency };
            plans.Add(plan);
            return plan;
        }

        private static void Fail(JobHistoryPlan plan, DateTimeOffset start, string message) => Outcome(plan, start, RunResult.Failed, message);

        private static void Warn(JobHistoryPlan plan, DateTimeOffset start, string message) => Outcome(plan, start, RunResult.Warning, message);

        private static void Outcome(JobHistoryPlan plan, DateTimeOffset start, RunResult result, string message)
        {
            if (!plan.Starts.Contains(start))
                throw new InvalidOperationException($"Job {plan.Job.Id} has no run scheduled at {start:O}; the planted outcome would be lost.");
            plan.Outcomes.Add(start, new RunOutcome(result, message));
        }

        private static Job Job(string id, string name, JobKind kind, string repository, int retentionDays, bool? applicationAware, params string[] objects) =>
            new Job
            {
                Id = id,
                Name = name,
                Kind = kind,
                Enabled = true,
                Objects = objects.ToList(),
                Repository = repository,
                Retention = Duration.FromDays(retentionDays),
                ApplicationAware = applicationAware,
                Encrypted = true,
            };

        private static Repository Repository(string id, string name, RepositoryLocation location, bool encrypted, int immutableDays, bool sharesProduction) =>
            new Repository
            {
                Id = id,
                Name = name,
                Location = location,
                Encrypted = encrypted,
                Immutable = immutableDays > 0,
                ImmutableDays = immutableDays,
                SharesProductionCredentials = sharesProduction,
            };
    }
}
