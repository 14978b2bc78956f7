using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using DrAudit.Core.Hosting;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Sources;

namespace DrAudit.Bench.Benchmark
{
    /// <summary>Reads every source of a definition as an audit does; a source that fails stops the measurement (its
    /// figures would time an error, not a read).</summary>
    public static class BenchSources
    {
        public static List<SourceData> Read(ClientDefinition definition, DateTimeOffset asOf)
        {
            var context = new CollectionContext(asOf, definition.AuditWindow, SilentAuditHost.Instance);
            var sources = definition.Sources.Select(s => SourceCollectors.For(s.Type).Collect(s, context, CancellationToken.None)).ToList();
            var failed = sources.FirstOrDefault(s => !s.Ok);
            if (failed != null) throw new InvalidOperationException("source " + failed.Id + " failed: " + failed.Error);
            return sources;
        }
    }
}
