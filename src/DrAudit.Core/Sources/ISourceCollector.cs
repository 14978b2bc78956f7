using System.Threading;
using DrAudit.Core.Hosting;
using DrAudit.Core.Model.Definition;

namespace DrAudit.Core.Sources
{
    /// <summary>Reads one kind of source (<c>type:</c> in the client definition) into the neutral inventory.
    /// A collector never throws for a source that cannot be read: it returns <see cref="SourceData.Failed"/>.</summary>
    public interface ISourceCollector
    {
        /// <summary>The <c>type</c> value this collector handles, e.g. "inventory".</summary>
        string Type { get; }

        SourceData Collect(SourceDefinition source, CollectionContext context, CancellationToken cancellation);
    }
}
