namespace DrAudit.Core.Model.Definition
{
    /// <summary>Who the client is, and the MSP shown on reports.</summary>
    public sealed class ClientInfo
    {
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public string? Msp { get; set; }
    }
}
