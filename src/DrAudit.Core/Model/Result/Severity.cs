namespace DrAudit.Core.Model.Result
{
    /// <summary>Finding severity; JSON writes it lowercase (high | medium | low).</summary>
    public enum Severity
    {
        Low = 0,
        Medium = 1,
        High = 2,
    }
}
