namespace DrAudit.Core.Model.Result
{
    public sealed class ClientSummary
    {
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public string? Msp { get; set; }
    }
}
