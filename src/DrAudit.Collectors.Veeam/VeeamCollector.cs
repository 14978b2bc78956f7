using System;
using System.Threading;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Sources;
using DrAudit.Core.Sources.Rest;

namespace DrAudit.Collectors.Veeam
{
    /// <summary>A source of <c>type: veeam</c>: Veeam Backup &amp; Replication 12/13 through its REST API v1, live (Good
    /// evidence) or from a <c>capture:</c> folder of saved responses (Fair). Jobs, their states and sessions, backups and
    /// restore points, repositories with immutability, job encryption, and SureBackup runs as restore tests. A source that
    /// cannot be read is Failed with the reason (authentication refused, TLS certificate refused, unreachable, throttled,
    /// malformed response) and the audit goes on (the core's <see cref="RestSourceCollection"/>).</summary>
    public sealed class VeeamCollector : ISourceCollector
    {
        public VeeamCollector() : this(new VeeamCollectorOptions()) { }

        public VeeamCollector(VeeamCollectorOptions options)
        {
            Options = options ?? throw new ArgumentNullException(nameof(options));
        }

        public VeeamCollectorOptions Options { get; }

        public string Type => SourceDefinition.VeeamType;

        public SourceData Collect(SourceDefinition source, CollectionContext context, CancellationToken cancellation)
        {
            var collection = new RestSourceCollection("Veeam", source, context, cancellation);
            return collection.Run(() =>
            {
                VeeamLiveApi? session = null;
                try
                {
                    IVeeamApi api;
                    VeeamCaptureRecorder? recorder = null;
                    DateTimeOffset? collectedAt;
                    if (collection.Live)
                    {
                        session = Connect(collection, cancellation);
                        api = session;
                        collectedAt = RestSourceCollection.CollectedAt(Options.Clock);
                        if (collection.SaveCaptureTo != null)
                            api = recorder = new VeeamCaptureRecorder(session, collection.SaveCaptureTo, collectedAt.Value);
                    }
                    else
                    {
                        collection.ReadingCapture();
                        var capture = new VeeamCaptureApi(source.Capture!);
                        api = capture;
                        collectedAt = capture.CapturedAt;
                    }
                    var snapshot = new VeeamReader(api, context.Host, source.Id, Math.Max(1, Options.PageSize), cancellation).Read(collection.ReadSince(Options.ReadBeforeWindow));
                    recorder?.Complete();
                    var mapper = new VeeamInventoryMapper(snapshot, context.Host);
                    var inventory = mapper.Map(source.Id, collectedAt, context.AsOf);
                    return new SourceData(source)
                    {
                        Inventory = inventory,
                        RestoreTests = SureBackupRestoreTests.Build(mapper.SureBackupRuns, context.Definition, source.Id),
                        Quality = collection.Quality,
                        CollectedAt = collectedAt,
                        DiscoveryGap = mapper.DiscoveryGap,
                    };
                }
                finally
                {
                    session?.Dispose();
                }
            });
        }

        private VeeamLiveApi Connect(RestSourceCollection collection, CancellationToken cancellation)
        {
            var source = collection.Source;
            var url = collection.Url("https://<vbr-server>:9419");
            if (source.ApiVersion != null && !VeeamApiVersions.IsWellFormed(source.ApiVersion))
                throw new RestSourceException("apiVersion '" + source.ApiVersion + "' is not a revision such as " + VeeamApiVersions.Newest + ".");
            var (credential, sender) = collection.Connection(url, Options.Retry, Options.Clock);
            var session = RestSourceCollection.Connected(new VeeamLiveApi(new Uri(url.GetLeftPart(UriPartial.Authority)), credential, sender, Options.Clock),
                s => s.Connect(source.ApiVersion?.Trim(), cancellation));
            collection.Context.Host.WriteVerbose("Veeam source '" + source.Id + "' speaks REST API " + session.ApiVersion + ".");
            return session;
        }
    }
}
