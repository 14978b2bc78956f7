using System.Net;
using DrAudit.Collectors.Vb365;
using DrAudit.Core.Model;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Sources;
using DrAudit.Core.Sources.Http;
using DrAudit.Core.Tests.Simulators.Vb365;
using DrAudit.Core.Tests.Sources.Veeam;

namespace DrAudit.Core.Tests.Sources.Vb365
{
    /// <summary>A VB365 simulator plus a collector set up to read it quickly: short retry waits, small pages, pinned certificate.</summary>
    public sealed class Vb365Rig : IAsyncDisposable
    {
        public const string SourceId = "vb365";

        private Vb365Rig(Vb365Simulator server) { Server = server; }

        public Vb365Simulator Server { get; }
        public ProgressRecordingHost Host { get; } = new();
        public Vb365CollectorOptions Options { get; } = new()
        {
            Retry = new RetryPolicy { MaxRetries = 4, BaseDelay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromMilliseconds(50), Budget = TimeSpan.FromSeconds(2) },
            PageSize = 7,
        };

        public static async Task<Vb365Rig> StartAsync(Vb365Scenario scenario) => new(await Vb365Simulator.StartAsync(scenario));

        public SourceDefinition Source(string organization = Vb365Scenarios.Organization) => new()
        {
            Id = SourceId,
            Type = SourceDefinition.Vb365Type,
            Url = Server.Url.ToString(),
            CertificateThumbprint = Server.Sha256,
            Organization = organization,
        };

        public CollectionContext Context(bool withCredential = true)
        {
            var context = new CollectionContext(Vb365Scenarios.AsOf, Duration.FromDays(35), Host) { RequestTimeout = TimeSpan.FromSeconds(10) };
            if (withCredential) context.Credentials[SourceId] = new NetworkCredential(Server.User, Server.Password);
            return context;
        }

        public SourceData Collect(SourceDefinition? source = null, CollectionContext? context = null, CancellationToken cancellation = default) =>
            new Vb365SourceCollector(Options).Collect(source ?? Source(), context ?? Context(), cancellation);

        public ValueTask DisposeAsync() => Server.DisposeAsync();
    }
}
