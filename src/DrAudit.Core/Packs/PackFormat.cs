using System;

namespace DrAudit.Core.Packs
{
    /// <summary>Formats an evidence pack can hold. This version writes <see cref="Json"/> only.</summary>
    [Flags]
    public enum PackFormat
    {
        Json = 1,
        Html = 2,
        Excel = 4,
    }
}
