namespace DrAudit.Core.Packs.Excel.Sheets
{
    /// <summary>One row of the Since last audit sheet.</summary>
    internal sealed class SinceLastAuditRow
    {
        public SinceLastAuditRow(string area, string item, string? service, string change, string? before, string? after, string? severity, string? statement)
        {
            Area = area;
            Item = item;
            Service = service;
            Change = change;
            Before = before;
            After = after;
            Severity = severity;
            Statement = statement;
        }

        public string Area { get; }
        public string Item { get; }
        public string? Service { get; }
        public string Change { get; }
        public string? Before { get; }
        public string? After { get; }
        public string? Severity { get; }
        public string? Statement { get; }
    }
}
