namespace DrAudit.Core.Tests.Simulators.Vb365
{
    /// <summary>What a simulated Veeam Backup for Microsoft 365 server holds, in plain terms; <see cref="Vb365WireFormat"/>
    /// writes it as the REST API v8 does and <see cref="Vb365ScenarioInventory"/> as the neutral inventory.</summary>
    public sealed class Vb365Scenario
    {
        public List<SimOrganization> Organizations { get; } = new();
        public List<SimObjectStorage> ObjectStorage { get; } = new();
        public List<SimM365Repository> Repositories { get; } = new();
        public List<SimM365Job> Jobs { get; } = new();
        public List<SimCopyJob> CopyJobs { get; } = new();
        public List<SimM365Session> Sessions { get; } = new();
        public List<SimM365Point> Points { get; } = new();
    }

    public sealed class SimOrganization
    {
        public string Id { get; set; } = Guid.NewGuid().ToString();
        public string Name { get; set; } = "";
        public string OfficeName => Name.Split('.')[0];
        public List<string> Users { get; } = new();
        public List<(string Name, string Url, bool Personal)> Sites { get; } = new();
        public List<(string Name, string Mail)> Teams { get; } = new();
    }

    public sealed class SimObjectStorage
    {
        public string Id { get; set; } = Guid.NewGuid().ToString();
        public string Name { get; set; } = "";
        /// <summary>AmazonS3, AzureBlob, AmazonS3Compatible, WasabiCloud, ...</summary>
        public string Type { get; set; } = "AmazonS3";
        /// <summary>null: the server does not say (a release before v7).</summary>
        public bool? Immutable { get; set; }
    }

    public sealed class SimM365Repository
    {
        public string Id { get; set; } = Guid.NewGuid().ToString();
        public string Name { get; set; } = "";
        public string? ObjectStorageId { get; set; }
        public bool Encrypted { get; set; }
        /// <summary>Daily (days), Monthly (months) or Yearly (years; 0 keeps forever).</summary>
        public string PeriodType { get; set; } = "Yearly";
        public int Period { get; set; } = 3;
    }

    public enum SimItemKind { User, Site, Team, Group, PartialOrganization }

    public sealed class SimJobItem
    {
        public SimItemKind Kind { get; set; }
        /// <summary>User address, site URL, team mail or group address.</summary>
        public string Name { get; set; } = "";
        public bool Mailbox { get; set; } = true;
        public bool OneDrive { get; set; } = true;
        public bool Sites { get; set; }
        public bool Teams { get; set; }
    }

    public sealed class SimM365Job
    {
        public string Id { get; set; } = Guid.NewGuid().ToString();
        public string Name { get; set; } = "";
        public string OrganizationId { get; set; } = "";
        public string RepositoryId { get; set; } = "";
        public bool Enabled { get; set; } = true;
        public bool EntireOrganization { get; set; }
        public List<SimJobItem> Items { get; } = new();
        public List<SimJobItem> Excluded { get; } = new();
    }

    public sealed class SimCopyJob
    {
        public string Id { get; set; } = Guid.NewGuid().ToString();
        public string Name { get; set; } = "";
        public string BackupJobId { get; set; } = "";
        public string RepositoryId { get; set; } = "";
        public bool Enabled { get; set; } = true;
    }

    public sealed class SimM365Session
    {
        public string Id { get; set; } = Guid.NewGuid().ToString();
        public string JobId { get; set; } = "";
        public DateTimeOffset Created { get; set; }
        public DateTimeOffset? End { get; set; }
        /// <summary>Success, Warning, Failed, Running, Stopped, ...</summary>
        public string Status { get; set; } = "Success";
    }

    public sealed class SimM365Point
    {
        public string Id { get; set; } = Guid.NewGuid().ToString();
        public string JobId { get; set; } = "";
        public string OrganizationId { get; set; } = "";
        public string RepositoryId { get; set; } = "";
        public DateTimeOffset Time { get; set; }
        public bool Exchange { get; set; } = true;
        public bool OneDrive { get; set; } = true;
        public bool SharePoint { get; set; } = true;
        public bool Teams { get; set; } = true;
        public bool Copy { get; set; }
    }
}
