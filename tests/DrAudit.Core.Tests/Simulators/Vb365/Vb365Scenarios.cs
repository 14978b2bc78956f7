namespace DrAudit.Core.Tests.Simulators.Vb365
{
    /// <summary>Scenarios for the VB365 simulator, all as of <see cref="AsOf"/>.</summary>
    public static class Vb365Scenarios
    {
        public static readonly DateTimeOffset AsOf = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
        public const string Organization = "contoso.onmicrosoft.com";

        /// <summary>An MSP's VB365 server protecting two tenants. Contoso: mail and OneDrive of two users backed up every night
        /// to encrypted Amazon S3 and copied to an immutable, encrypted Wasabi bucket; its clinic site and team to the same S3
        /// repository (one night failed, one session stopped by hand); a disabled legacy job protecting the whole organization
        /// (less the front desk) on a local repository; a session still running. Fabrikam: a job and points that must not
        /// appear in Contoso's audit.</summary>
        public static Vb365Scenario Standard()
        {
            var s = new Vb365Scenario();
            var contoso = new SimOrganization { Name = Organization };
            contoso.Users.AddRange(new[] { "priya@contoso.com", "sam@contoso.com", "frontdesk@contoso.com" });
            contoso.Sites.Add(("Clinic", "https://contoso.sharepoint.com/sites/clinic", false));
            contoso.Sites.Add(("priya_contoso_com", "https://contoso-my.sharepoint.com/personal/priya_contoso_com", true));
            contoso.Teams.Add(("Clinic", "clinic@contoso.com"));
            var fabrikam = new SimOrganization { Name = "fabrikam.onmicrosoft.com" };
            fabrikam.Users.Add("ceo@fabrikam.com");
            s.Organizations.AddRange(new[] { fabrikam, contoso });

            var s3 = new SimObjectStorage { Name = "S3 primary", Type = "AmazonS3", Immutable = false };
            var wasabi = new SimObjectStorage { Name = "Wasabi immutable", Type = "WasabiCloud", Immutable = true };
            s.ObjectStorage.AddRange(new[] { s3, wasabi });
            var primary = new SimM365Repository { Name = "Primary S3", ObjectStorageId = s3.Id, Encrypted = true, PeriodType = "Yearly", Period = 3 };
            var offsite = new SimM365Repository { Name = "Offsite Wasabi", ObjectStorageId = wasabi.Id, Encrypted = true, PeriodType = "Yearly", Period = 1 };
            var local = new SimM365Repository { Name = "Local JET", PeriodType = "Daily", Period = 30 };
            s.Repositories.AddRange(new[] { primary, offsite, local });

            var mail = new SimM365Job { Name = "Mail and OneDrive", OrganizationId = contoso.Id, RepositoryId = primary.Id };
            mail.Items.Add(new SimJobItem { Kind = SimItemKind.User, Name = "priya@contoso.com" });
            mail.Items.Add(new SimJobItem { Kind = SimItemKind.User, Name = "sam@contoso.com", OneDrive = false });
            var sites = new SimM365Job { Name = "Sites and Teams", OrganizationId = contoso.Id, RepositoryId = primary.Id };
            sites.Items.Add(new SimJobItem { Kind = SimItemKind.Site, Name = "https://contoso.sharepoint.com/sites/clinic" });
            sites.Items.Add(new SimJobItem { Kind = SimItemKind.Team, Name = "clinic@contoso.com" });
            var legacy = new SimM365Job { Name = "Legacy whole tenant", OrganizationId = contoso.Id, RepositoryId = local.Id, Enabled = false, EntireOrganization = true };
            legacy.Excluded.Add(new SimJobItem { Kind = SimItemKind.User, Name = "frontdesk@contoso.com" });
            var other = new SimM365Job { Name = "Fabrikam all", OrganizationId = fabrikam.Id, RepositoryId = primary.Id, EntireOrganization = true };
            s.Jobs.AddRange(new[] { mail, sites, legacy, other });
            var copy = new SimCopyJob { Name = "Copy to Wasabi", BackupJobId = mail.Id, RepositoryId = offsite.Id };
            s.CopyJobs.Add(copy);

            for (var day = 40; day >= 1; day--)
            {
                var night = AsOf.AddDays(-day).AddHours(22);
                Nightly(s, mail, contoso, primary, night, day == 12 ? "Warning" : "Success", exchange: true, oneDrive: true, sharePoint: false, teams: false);
                Nightly(s, sites, contoso, primary, night.AddMinutes(30), day == 3 ? "Failed" : day == 9 ? "Stopped" : "Success", exchange: false, oneDrive: false, sharePoint: true, teams: true);
                Nightly(s, other, fabrikam, primary, night.AddHours(1), "Success", exchange: true, oneDrive: true, sharePoint: true, teams: true);
                // The copy runs after each backup; its points are the backup job's, kept in the copy's repository.
                s.Sessions.Add(new SimM365Session { JobId = copy.Id, Created = night.AddHours(2), End = night.AddHours(2).AddMinutes(5), Status = "Success" });
                s.Points.Add(new SimM365Point { JobId = mail.Id, OrganizationId = contoso.Id, RepositoryId = offsite.Id, Time = night.AddMinutes(10), Copy = true, SharePoint = false, Teams = false });
                if (day > 30)
                    Nightly(s, legacy, contoso, local, night.AddHours(3), "Success", exchange: true, oneDrive: true, sharePoint: true, teams: true);
            }
            s.Sessions.Add(new SimM365Session { JobId = mail.Id, Created = AsOf.AddMinutes(-20), End = null, Status = "Running" });
            return s;
        }

        private static void Nightly(Vb365Scenario s, SimM365Job job, SimOrganization org, SimM365Repository repository, DateTimeOffset start, string status,
            bool exchange, bool oneDrive, bool sharePoint, bool teams)
        {
            s.Sessions.Add(new SimM365Session { JobId = job.Id, Created = start, End = start.AddMinutes(9), Status = status });
            if (status is "Success" or "Warning")
                s.Points.Add(new SimM365Point
                {
                    JobId = job.Id, OrganizationId = org.Id, RepositoryId = repository.Id, Time = start.AddMinutes(10),
                    Exchange = exchange, OneDrive = oneDrive, SharePoint = sharePoint, Teams = teams,
                });
        }
    }
}
