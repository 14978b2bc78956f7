using System;
using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Model.Definition;

namespace DrAudit.Core.Sources
{
    /// <summary>The collectors of this release, by source <c>type</c>. Types it cannot read get an
    /// <see cref="UnavailableSourceCollector"/>, so every source yields a SourceData (Failed when unreadable).</summary>
    public static class SourceCollectors
    {
        /// <summary>inventory (reads the neutral format), veeam and m365 (not available: always Failed).</summary>
        public static IReadOnlyList<ISourceCollector> Default { get; } = new ISourceCollector[]
        {
            new InventorySourceCollector(),
            new UnavailableSourceCollector(SourceDefinition.VeeamType),
            new UnavailableSourceCollector(SourceDefinition.M365Type),
        };

        /// <summary>The collector for <paramref name="type"/> (case-insensitive); never null.</summary>
        public static ISourceCollector For(string type) =>
            Default.FirstOrDefault(c => string.Equals(c.Type, type, StringComparison.OrdinalIgnoreCase))
            ?? new UnavailableSourceCollector(type);
    }
}
