namespace DrAudit.Core.Tests.Simulators.Veeam
{
    /// <summary>Ready-made server contents. <see cref="Standard"/> is a small practice: a nightly SQL/app job to a hardened
    /// repository, its copy to immutable S3, a file-server job to a local disk (one Warning, one unknown result, one
    /// running), a disabled job on a NAS, and a SureBackup job verifying SQL01 and APP01 (one success, one failure).</summary>
    public static class VeeamScenarios
    {
        public static readonly DateTimeOffset AsOf = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

        public static VeeamScenario Standard(int nights = 10)
        {
            var s = new VeeamScenario();
            s.Repositories.Add(new SimRepository { Id = "r-hardened", Name = "Hardened Linux", Type = "LinuxHardened", ImmutableDays = 30 });
            s.Repositories.Add(new SimRepository { Id = "r-s3", Name = "Amazon S3", Type = "AmazonS3", ObjectImmutability = (true, 90) });
            s.Repositories.Add(new SimRepository { Id = "r-local", Name = "Local disk", Type = "WinLocal" });
            s.Repositories.Add(new SimRepository { Id = "r-minio", Name = "MinIO", Type = "S3Compatible" });
            s.Repositories.Add(new SimRepository { Id = "r-nas", Name = "NAS share", Type = "Smb" });
            s.Jobs.Add(new SimJob { Id = "j-sql", Name = "SQL and app nightly", Objects = { "SQL01", "APP01" }, RepositoryId = "r-hardened", RetentionDays = 30, Encrypted = true, AppAware = true });
            s.Jobs.Add(new SimJob { Id = "j-copy", Name = "Copy to S3", Kind = SimJobKind.Copy, Objects = { "SQL01", "APP01" }, SourceJobIds = { "j-sql" }, RepositoryId = "r-s3", RetentionDays = 90, Encrypted = true });
            s.Jobs.Add(new SimJob { Id = "j-files", Name = "File server", Objects = { "FS01" }, RepositoryId = "r-local", RetentionPoints = 14, Encrypted = false, AppAware = false });
            s.Jobs.Add(new SimJob { Id = "j-old", Name = "Retired server", Objects = { "OLD01" }, RepositoryId = "r-nas", RetentionDays = 7, Disabled = true });
            s.Jobs.Add(new SimJob { Id = "j-sure", Name = "SureBackup SQL", Kind = SimJobKind.SureBackup });
            s.Backups.Add(new SimBackup { Id = "b-sql", JobId = "j-sql", Name = "SQL and app nightly", RepositoryId = "r-hardened", Objects = { "SQL01", "APP01" } });
            s.Backups.Add(new SimBackup { Id = "b-copy", JobId = "j-copy", Name = "Copy to S3", RepositoryId = "r-s3", Objects = { "SQL01", "APP01" } });
            s.Backups.Add(new SimBackup { Id = "b-files", JobId = "j-files", Name = "File server", RepositoryId = "r-local", Objects = { "FS01" } });
            for (int n = 1; n <= nights; n++)
            {
                var start = AsOf.AddDays(-n).AddHours(-2);
                var sqlFailed = n == 3;
                s.Sessions.Add(new SimSession { JobId = "j-sql", Name = "SQL and app nightly", Created = start, End = start.AddMinutes(40), Result = sqlFailed ? "Failed" : "Success", Message = sqlFailed ? "Snapshot failed" : "" });
                s.Sessions.Add(new SimSession { JobId = "j-copy", Name = "Copy to S3", Kind = SimJobKind.Copy, Created = start.AddHours(1), End = start.AddHours(1.5), Result = "Success" });
                var filesResult = n == 2 ? "Warning" : n == 4 ? "None" : "Success";
                s.Sessions.Add(new SimSession { JobId = "j-files", Name = "File server", Created = start.AddMinutes(5), End = start.AddMinutes(30), Result = filesResult });
                if (!sqlFailed)
                {
                    foreach (var o in new[] { "SQL01", "APP01" })
                    {
                        s.Points.Add(new SimPoint { Object = o, Created = start.AddMinutes(1), BackupId = "b-sql" });
                        s.Points.Add(new SimPoint { Object = o, Created = start.AddHours(1).AddMinutes(1), BackupId = "b-copy" });
                    }
                }
                s.Points.Add(new SimPoint { Object = "FS01", Created = start.AddMinutes(6), BackupId = "b-files" });
            }
            var running = AsOf.AddMinutes(-30);
            s.Sessions.Add(new SimSession { JobId = "j-files", Name = "File server", Created = running, End = null, Result = "None", State = "Working" });
            s.Sessions.Add(new SimSession { Id = "sb-ok", JobId = "j-sure", Name = "SureBackup SQL", Kind = SimJobKind.SureBackup, Created = AsOf.AddDays(-5), End = AsOf.AddDays(-5).AddMinutes(95), Result = "Success", Verified = { "SQL01", "APP01" } });
            s.Sessions.Add(new SimSession { Id = "sb-failed", JobId = "j-sure", Name = "SureBackup SQL", Kind = SimJobKind.SureBackup, Created = AsOf.AddDays(-2), End = AsOf.AddDays(-2).AddMinutes(20), Result = "Failed", Verified = { "APP01" } });
            // Older than the audit window (35 days): the server filters it out by createdAfterFilter.
            s.Sessions.Add(new SimSession { JobId = "j-sql", Name = "SQL and app nightly", Created = AsOf.AddDays(-60), End = AsOf.AddDays(-60).AddMinutes(40), Result = "Failed" });
            return s;
        }

        /// <summary>One job with <paramref name="points"/> restore points of <paramref name="objects"/> machines, for paging.</summary>
        public static VeeamScenario Many(int objects, int points)
        {
            var s = new VeeamScenario();
            s.Repositories.Add(new SimRepository { Id = "r1", Name = "Hardened", Type = "LinuxHardened", ImmutableDays = 14 });
            var job = new SimJob { Id = "j1", Name = "Fleet", RepositoryId = "r1", RetentionDays = 14, Encrypted = true };
            for (int i = 0; i < objects; i++) job.Objects.Add("VM" + i.ToString("000", System.Globalization.CultureInfo.InvariantCulture));
            s.Jobs.Add(job);
            s.Backups.Add(new SimBackup { Id = "b1", JobId = "j1", Name = "Fleet", RepositoryId = "r1", Objects = job.Objects.ToList() });
            for (int i = 0; i < points; i++)
                s.Points.Add(new SimPoint { Object = job.Objects[i % objects], Created = AsOf.AddMinutes(-10 - 10 * i), BackupId = "b1" });
            for (int i = 0; i < 30; i++)
                s.Sessions.Add(new SimSession { JobId = "j1", Name = "Fleet", Created = AsOf.AddDays(-1 - i), End = AsOf.AddDays(-1 - i).AddHours(1), Result = "Success" });
            return s;
        }

        /// <summary>A well-run practice whose off-site copy is a backup copy job: SQL01 and APP01 backed up nightly (encrypted,
        /// application-aware) to a hardened repository kept 30 days, copied by a backup copy job to immutable Wasabi
        /// (encrypted, 30 days). Every run succeeds. The server's configuration backup goes to Wasabi, encrypted.</summary>
        public static VeeamScenario WellRunWithCopyJob(int nights = 40)
        {
            var s = new VeeamScenario();
            s.Repositories.Add(new SimRepository { Id = "r-hardened", Name = "Hardened Linux", Type = "LinuxHardened", ImmutableDays = 30 });
            s.Repositories.Add(new SimRepository { Id = "r-wasabi", Name = "Wasabi immutable", Type = "WasabiCloud", ObjectImmutability = (true, 30) });
            s.Jobs.Add(new SimJob { Id = "j-vm", Name = "Practice servers nightly", Objects = { "SQL01", "APP01" }, RepositoryId = "r-hardened", RetentionDays = 30, Encrypted = true, AppAware = true });
            s.Jobs.Add(new SimJob { Id = "j-offsite", Name = "Practice servers to Wasabi", Kind = SimJobKind.Copy, SourceJobIds = { "j-vm" }, RepositoryId = "r-wasabi", RetentionDays = 30, Encrypted = true });
            s.Backups.Add(new SimBackup { Id = "b-vm", JobId = "j-vm", Name = "Practice servers nightly", RepositoryId = "r-hardened", Objects = { "SQL01", "APP01" } });
            s.Backups.Add(new SimBackup { Id = "b-offsite", JobId = "j-offsite", Name = "Practice servers to Wasabi", RepositoryId = "r-wasabi", Objects = { "SQL01", "APP01" } });
            Nightly(s, "j-vm", "b-vm", SimJobKind.Backup, nights, new[] { "SQL01", "APP01" }, TimeSpan.FromHours(-2));
            Nightly(s, "j-offsite", "b-offsite", SimJobKind.Copy, nights, new[] { "SQL01", "APP01" }, TimeSpan.FromHours(-1));
            s.ConfigBackup = new SimConfigBackup { Enabled = true, RepositoryId = "r-wasabi", Encrypted = true, LastSuccess = AsOf.AddHours(-3) };
            s.ViServers.Add(new SimViServer { Name = "vcenter01.contoso.local", Machines = { "SQL01", "APP01" } });
            return s;
        }

        /// <summary>A successful session and a point per object every night, <paramref name="offset"/> from midnight.</summary>
        public static void Nightly(VeeamScenario s, string jobId, string backupId, SimJobKind kind, int nights, IEnumerable<string> objects, TimeSpan offset)
        {
            var name = s.Jobs.Single(j => j.Id == jobId).Name;
            for (int n = 1; n <= nights; n++)
            {
                var start = AsOf.AddDays(-n).Add(offset);
                s.Sessions.Add(new SimSession { JobId = jobId, Name = name, Kind = kind, Created = start, End = start.AddMinutes(30), Result = "Success" });
                foreach (var o in objects)
                    s.Points.Add(new SimPoint { Object = o, Created = start.AddMinutes(1), BackupId = backupId });
            }
        }

        /// <summary>A practice whose backups land on a scale-out repository: two hardened performance extents (14 and 30
        /// days), a capacity tier on immutable Amazon S3 (copy and move after 14 days), an archive tier on Glacier. VM
        /// servers SQL01 and APP01 (VM job), file server FILE01 and LNX01 (Windows and Linux agent jobs, servers) and
        /// workstation RECEPTION-PC (Windows agent job, workstation) back up there nightly, encrypted, kept 30 days.</summary>
        public static VeeamScenario ScaleOutWithAgents(int nights = 40)
        {
            var s = new VeeamScenario();
            s.Repositories.Add(new SimRepository { Id = "r-ext1", Name = "Hardened extent 1", Type = "LinuxHardened", ImmutableDays = 14 });
            s.Repositories.Add(new SimRepository { Id = "r-ext2", Name = "Hardened extent 2", Type = "LinuxHardened", ImmutableDays = 30 });
            s.Repositories.Add(new SimRepository { Id = "r-capacity", Name = "S3 capacity tier", Type = "AmazonS3", ObjectImmutability = (true, 30) });
            s.Repositories.Add(new SimRepository { Id = "r-archive", Name = "Glacier archive tier", Type = "AmazonS3Glacier", ObjectImmutability = (true, 180) });
            s.ScaleOuts.Add(new SimScaleOut
            {
                Id = "r-sobr", Name = "Scale-out repository", PerformanceExtentIds = { "r-ext1", "r-ext2" },
                CapacityExtentId = "r-capacity", CopyPolicy = true, MovePolicy = true, OperationalRestoreDays = 14,
                ArchiveExtentId = "r-archive", ArchiveAfterDays = 90,
            });
            s.Jobs.Add(new SimJob { Id = "j-vm", Name = "Practice servers nightly", Objects = { "SQL01", "APP01" }, RepositoryId = "r-sobr", RetentionDays = 30, Encrypted = true, AppAware = true });
            s.Jobs.Add(new SimJob { Id = "j-win", Name = "Windows servers (agent)", Kind = SimJobKind.WindowsAgent, Objects = { "FILE01" }, RepositoryId = "r-sobr", RetentionDays = 30, Encrypted = true, AppAware = true });
            s.Jobs.Add(new SimJob { Id = "j-lnx", Name = "Linux servers (agent)", Kind = SimJobKind.LinuxAgent, Objects = { "LNX01" }, RepositoryId = "r-sobr", RetentionDays = 30, Encrypted = true });
            s.Jobs.Add(new SimJob { Id = "j-ws", Name = "Workstations (agent)", Kind = SimJobKind.WindowsAgent, AgentType = "Workstation", Objects = { "RECEPTION-PC" }, RepositoryId = "r-sobr", RetentionDays = 30, Encrypted = true });
            s.ConfigBackup = new SimConfigBackup { Enabled = true, RepositoryId = "r-capacity", Encrypted = true, LastSuccess = AsOf.AddDays(-1) };
            // The environment: one VM and one laptop nothing backs up.
            s.ViServers.Add(new SimViServer { Name = "vcenter01.contoso.local", Machines = { "SQL01", "APP01", "TEST-VM" } });
            s.ProtectionGroups.Add(new SimProtectionGroup
            {
                Id = "0a0b0c0d-0000-4000-8000-00000000000a", Name = "Practice computers",
                Computers =
                {
                    new SimComputer { Name = "FILE01", OperatingSystem = "WindowsServer2022" },
                    new SimComputer { Name = "LNX01", OperatingSystem = "Linux" },
                    new SimComputer { Name = "RECEPTION-PC", OperatingSystem = "Windows11" },
                    new SimComputer { Name = "LAPTOP-09", OperatingSystem = "Windows11" },
                },
            });
            foreach (var job in s.Jobs)
            {
                s.Backups.Add(new SimBackup { Id = "b" + job.Id.Substring(1), JobId = job.Id, Name = job.Name, RepositoryId = "r-sobr", Objects = job.Objects.ToList() });
                Nightly(s, job.Id, "b" + job.Id.Substring(1), job.Kind, nights, job.Objects, TimeSpan.FromHours(-2));
            }
            return s;
        }
    }
}
