using System;

namespace DrAudit.Core.Packs
{
    /// <summary>Formats an evidence pack can hold: readiness.json with the saved inputs, report.html, evidence.xlsx,
    /// and the monthly email digest (summary.html and summary.eml, written only when asked).</summary>
    [Flags]
    public enum PackFormat
    {
        Json = 1,
        Html = 2,
        Excel = 4,
        Email = 8,
    }
}
