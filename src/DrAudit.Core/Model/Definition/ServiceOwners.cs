namespace DrAudit.Core.Model.Definition
{
    public sealed class ServiceOwners
    {
        public string? Business { get; set; }
        public string? Technical { get; set; }
    }
}
