namespace DrAudit.Collectors.Vb365
{
    /// <summary>One object a job protects, named as a component's <c>backup.match</c> names it: a mailbox by its address,
    /// a OneDrive as <c>onedrive:</c> + the owner's address, a site by its URL, a team as <c>team:</c> + its address (or
    /// name), the same names the m365 source uses.</summary>
    internal sealed class Vb365ProtectedObject
    {
        public const string OneDrivePrefix = "onedrive:";
        public const string TeamPrefix = "team:";

        public Vb365ProtectedObject(string name, Vb365Workload workload)
        {
            Name = name;
            Workload = workload;
        }

        public string Name { get; }
        public Vb365Workload Workload { get; }
    }
}
