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
        /// <summary>inventory (reads the neutral format), veeam (VBR REST API or a capture). m365 is not in this
        /// list: <see cref="For"/> loads it by name on first use (see <see cref="M365CollectorTypeName"/>).</summary>
        public static IReadOnlyList<ISourceCollector> Default { get; } = new ISourceCollector[]
        {
            new InventorySourceCollector(),
            new Veeam.VeeamCollector(),
        };

        /// <summary>The m365 collector lives in its own assembly with the Microsoft Graph SDK (about 38 MB), which the core
        /// never references: it is found by name the first time an m365 source is collected, so importing the module and
        /// auditing other sources never load Graph. Without the assembly, m365 sources fail saying the collector is not available.</summary>
        public const string M365CollectorTypeName = "DrAudit.Collectors.M365.M365SourceCollector, DrAudit.Collectors.M365";

        private static readonly Lazy<ISourceCollector> M365Collector = new Lazy<ISourceCollector>(LoadM365Collector);

        /// <summary>The collector for <paramref name="type"/> (case-insensitive); never null.</summary>
        public static ISourceCollector For(string type) =>
            Default.FirstOrDefault(c => string.Equals(c.Type, type, StringComparison.OrdinalIgnoreCase))
            ?? (string.Equals(type, SourceDefinition.M365Type, StringComparison.OrdinalIgnoreCase) ? M365Collector.Value : null)
            ?? new UnavailableSourceCollector(type);

        private static ISourceCollector LoadM365Collector()
        {
            try
            {
                var type = Type.GetType(M365CollectorTypeName, throwOnError: false);
                if (type != null && Activator.CreateInstance(type) is ISourceCollector collector) return collector;
            }
            catch (Exception e) when (e is System.IO.IOException || e is BadImageFormatException || e is TypeLoadException
                || e is System.Reflection.TargetInvocationException || e is MissingMethodException)
            {
                // A damaged or mismatched assembly is the same as a missing one: the source fails with the reason below.
            }
            return new UnavailableSourceCollector(SourceDefinition.M365Type);
        }
    }
}
