using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Model.Definition;

namespace DrAudit.Core.Sources
{
    /// <summary>The collectors of this release, by source <c>type</c>. Types it cannot read get an
    /// <see cref="UnavailableSourceCollector"/>, so every source yields a SourceData (Failed when unreadable).</summary>
    public static class SourceCollectors
    {
        /// <summary>The collectors inside the core: only inventory (reads the neutral format). Every backup vendor is a
        /// collector of its own assembly: <see cref="For"/> loads it by name on first use (<see cref="ByName"/>).</summary>
        public static IReadOnlyList<ISourceCollector> Default { get; } = new ISourceCollector[]
        {
            new InventorySourceCollector(),
        };

        /// <summary>Backup vendors whose collector lives in an assembly of its own, with its own dependencies (the Graph SDK
        /// for m365, about 38 MB), which the core never references: each is found by its assembly-qualified name the first
        /// time a source of its type is collected, so importing the module and auditing other sources never load them.
        /// Without the assembly (or with a damaged one), such sources fail saying the collector is not available.</summary>
        public static IReadOnlyDictionary<string, string> ByName { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            [SourceDefinition.VeeamType] = "DrAudit.Collectors.Veeam.VeeamCollector, DrAudit.Collectors.Veeam",
            [SourceDefinition.M365Type] = "DrAudit.Collectors.M365.M365SourceCollector, DrAudit.Collectors.M365",
            [SourceDefinition.Vb365Type] = "DrAudit.Collectors.Vb365.Vb365SourceCollector, DrAudit.Collectors.Vb365",
        };

        private static readonly ConcurrentDictionary<string, Lazy<ISourceCollector>> Loaded =
            new ConcurrentDictionary<string, Lazy<ISourceCollector>>(StringComparer.OrdinalIgnoreCase);

        /// <summary>The collector for <paramref name="type"/> (case-insensitive); never null.</summary>
        public static ISourceCollector For(string type) =>
            Default.FirstOrDefault(c => string.Equals(c.Type, type, StringComparison.OrdinalIgnoreCase))
            ?? (type != null && ByName.TryGetValue(type, out var name)
                ? Loaded.GetOrAdd(type, t => new Lazy<ISourceCollector>(() => Load(t, name))).Value
                : null)
            ?? new UnavailableSourceCollector(type ?? "");

        private static ISourceCollector Load(string type, string typeName)
        {
            try
            {
                var found = Type.GetType(typeName, throwOnError: false);
                if (found != null && Activator.CreateInstance(found) is ISourceCollector collector) return collector;
            }
            catch (Exception e) when (e is System.IO.IOException || e is BadImageFormatException || e is TypeLoadException
                || e is System.Reflection.TargetInvocationException || e is MissingMethodException)
            {
                // A damaged or mismatched assembly is the same as a missing one: the source fails with the reason below.
            }
            return new UnavailableSourceCollector(type.ToLowerInvariant());
        }
    }
}
