using System.Net;
using DrAudit.Core.Model;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Sources;
using DrAudit.Core.Sources.Http;
using DrAudit.Collectors.Veeam;
using DrAudit.Core.Tests.Simulators.Veeam;

namespace DrAudit.Core.Tests.Sources.Veeam
{
    /// <summary>A simulator plus a collector set up to read it quickly: short retry waits, small pages, pinned certificate.</summary>
    public sealed class VeeamRig : IAsyncDisposable
    {
        public const string SourceId = "veeam-main";

        private VeeamRig(VeeamSimulator server) { Server = server; }

        public VeeamSimulator Server { get; }
        public ProgressRecordingHost Host { get; } = new();
        public VeeamCollectorOptions Options { get; } = new()
        {
            Retry = new RetryPolicy { MaxRetries = 4, BaseDelay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromMilliseconds(50), Budget = TimeSpan.FromSeconds(2) },
            PageSize = 50,
        };
        public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

        public static async Task<VeeamRig> StartAsync(VeeamScenario scenario) => new(await VeeamSimulator.StartAsync(scenario));

        public SourceDefinition Source(string? thumbprint = "", string? apiVersion = null) => new()
        {
            Id = SourceId,
            Type = SourceDefinition.VeeamType,
            Url = Server.Url.ToString(),
            CertificateThumbprint = thumbprint == "" ? Server.Sha256 : thumbprint,
            ApiVersion = apiVersion,
        };

        public CollectionContext Context(bool withCredential = true)
        {
            var context = new CollectionContext(VeeamScenarios.AsOf, Duration.FromDays(35), Host) { RequestTimeout = RequestTimeout };
            if (withCredential) context.Credentials[SourceId] = new NetworkCredential(Server.User, Server.Password);
            return context;
        }

        public SourceData Collect(SourceDefinition? source = null, CollectionContext? context = null, CancellationToken cancellation = default) =>
            new VeeamCollector(Options).Collect(source ?? Source(), context ?? Context(), cancellation);

        public ValueTask DisposeAsync() => Server.DisposeAsync();
    }
}
