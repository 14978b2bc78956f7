using System;
using System.Threading;
using DrAudit.Core.Model.Definition;

namespace DrAudit.Core.Sources
{
    /// <summary>Stands in for a source type this release cannot read (veeam, m365, vb365, or a type it does not know): the
    /// source is Failed with the reason and what to do instead, and the audit goes on without it.</summary>
    public sealed class UnavailableSourceCollector : ISourceCollector
    {
        public UnavailableSourceCollector(string type)
        {
            Type = type ?? "";
        }

        public string Type { get; }

        public SourceData Collect(SourceDefinition source, CollectionContext context, CancellationToken cancellation)
        {
            if (source == null) throw new ArgumentNullException(nameof(source));
            cancellation.ThrowIfCancellationRequested();
            return SourceData.Failed(source, Reason(Type));
        }

        private static string Reason(string type)
        {
            if (type == SourceDefinition.VeeamType || type == SourceDefinition.M365Type || type == SourceDefinition.Vb365Type)
            {
                return "The " + type + " collector is not available in this version of DrAudit; export the data, convert it "
                    + "to the neutral inventory and read it with a source of type: inventory.";
            }
            return "DrAudit has no collector for source type '" + type + "'; use a source of type: inventory.";
        }
    }
}
