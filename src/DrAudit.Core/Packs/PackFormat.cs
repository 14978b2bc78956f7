using System;

namespace DrAudit.Core.Packs
{
    /// <summary>Formats an evidence pack can hold: readiness.json with the saved inputs, report.html, evidence.xlsx.</summary>
    [Flags]
    public enum PackFormat
    {
        Json = 1,
        Html = 2,
        Excel = 4,
    }
}
