namespace DrAudit.Core.Model.Definition
{
    public sealed class Communications
    {
        public string? Channel { get; set; }
    }
}
