namespace DrAudit.Core.Model.Definition
{
    public sealed class Contact
    {
        public ContactRole Role { get; set; }
        public string Name { get; set; } = "";
        public string? Phone { get; set; }
    }
}
