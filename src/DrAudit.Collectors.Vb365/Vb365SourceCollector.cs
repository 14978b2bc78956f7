using System;
using System.Threading;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Sources;
using DrAudit.Core.Sources.Rest;

namespace DrAudit.Collectors.Vb365
{
    /// <summary>A source of <c>type: vb365</c>: one Microsoft 365 organization protected by a Veeam Backup for Microsoft 365
    /// server, read through its REST API v8, live (Good evidence) or from a <c>capture:</c> folder of saved responses (Fair).
    /// The core finds this type by name (SourceCollectors.ByName). Never throws for a source that cannot be read: the source is
    /// Failed with the reason (authentication refused, TLS certificate refused, unreachable, throttled, no such organization,
    /// malformed response) and the audit goes on (the core's <see cref="RestSourceCollection"/>). See docs/sources/vb365.md.</summary>
    public sealed class Vb365SourceCollector : ISourceCollector
    {
        public Vb365SourceCollector() : this(new Vb365CollectorOptions()) { }

        public Vb365SourceCollector(Vb365CollectorOptions options)
        {
            Options = options ?? throw new ArgumentNullException(nameof(options));
        }

        public Vb365CollectorOptions Options { get; }

        public string Type => SourceDefinition.Vb365Type;

        public SourceData Collect(SourceDefinition source, CollectionContext context, CancellationToken cancellation)
        {
            var collection = new RestSourceCollection("Veeam Backup for Microsoft 365", source, context, cancellation);
            return collection.Run(() =>
            {
                Vb365LiveApi? session = null;
                try
                {
                    if (string.IsNullOrWhiteSpace(source.Organization))
                        throw new RestSourceException("the source needs organization: the Microsoft 365 organization's name (contoso.onmicrosoft.com) or id.");
                    IVb365Api api;
                    Vb365CaptureRecorder? recorder = null;
                    DateTimeOffset? collectedAt;
                    if (collection.Live)
                    {
                        session = Connect(collection, cancellation);
                        api = session;
                        collectedAt = RestSourceCollection.CollectedAt(Options.Clock);
                        if (collection.SaveCaptureTo != null)
                            api = recorder = new Vb365CaptureRecorder(session, collection.SaveCaptureTo, collectedAt.Value, source.Organization!);
                    }
                    else
                    {
                        collection.ReadingCapture();
                        var capture = new Vb365CaptureApi(source.Capture!);
                        api = capture;
                        collectedAt = capture.CapturedAt;
                    }
                    var since = collection.ReadSince(Options.ReadBeforeWindow);
                    var snapshot = new Vb365Reader(api, context.Host, source.Id, Options.PageSize, cancellation).Read(source.Organization!, since);
                    recorder?.Complete();
                    var inventory = new Vb365InventoryMapper(snapshot, context.Host).Map(source.Id, collectedAt, since);
                    return new SourceData(source)
                    {
                        Inventory = inventory,
                        Quality = collection.Quality,
                        CollectedAt = collectedAt,
                    };
                }
                finally
                {
                    session?.Dispose();
                }
            });
        }

        private Vb365LiveApi Connect(RestSourceCollection collection, CancellationToken cancellation)
        {
            var url = collection.Url("https://<vb365-server>:4443");
            var (credential, sender) = collection.Connection(url, Options.Retry, Options.Clock);
            return RestSourceCollection.Connected(new Vb365LiveApi(url, credential, sender, Options.Clock), s => s.Connect(cancellation));
        }
    }
}
