using System;
using System.IO;
using System.Threading;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Sources;
using DrAudit.Core.Sources.Http;
using DrAudit.Core.Sources.Rest;

namespace DrAudit.Collectors.Veeam
{
    /// <summary>A source of <c>type: veeam</c>: Veeam Backup &amp; Replication 12/13 through its REST API v1, live (Good
    /// evidence) or from a <c>capture:</c> folder of saved responses (Fair). Jobs, their states and sessions, backups and
    /// restore points, repositories with immutability, job encryption, and SureBackup runs as restore tests. A source that
    /// cannot be read is Failed with the reason (authentication refused, TLS certificate refused, unreachable, throttled,
    /// malformed response) and the audit goes on.</summary>
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
            if (source == null) throw new ArgumentNullException(nameof(source));
            if (context == null) throw new ArgumentNullException(nameof(context));
            cancellation.ThrowIfCancellationRequested();
            var live = string.IsNullOrEmpty(source.Capture);
            var where = live ? source.Url ?? "(no url)" : "capture " + source.Capture;
            VeeamLiveApi? session = null;
            try
            {
                IVeeamApi api;
                VeeamCaptureRecorder? recorder = null;
                DateTimeOffset? collectedAt;
                if (live)
                {
                    session = Connect(source, context, cancellation);
                    api = session;
                    var now = Options.Clock();
                    collectedAt = new DateTimeOffset(now.UtcTicks - now.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero); // as the capture index keeps it
                    if (!string.IsNullOrEmpty(context.SaveCaptureTo))
                        api = recorder = new VeeamCaptureRecorder(session, context.SaveCaptureTo!, collectedAt.Value);
                }
                else
                {
                    context.Host.WriteVerbose("Reading Veeam source '" + source.Id + "' from the capture " + source.Capture + ".");
                    var capture = new VeeamCaptureApi(source.Capture!);
                    api = capture;
                    collectedAt = capture.CapturedAt;
                }
                var since = context.AsOf - context.AuditWindow.Value - Options.ReadBeforeWindow;
                var snapshot = new VeeamReader(api, context.Host, source.Id, Math.Max(1, Options.PageSize), cancellation).Read(since);
                recorder?.Complete();
                var mapper = new VeeamInventoryMapper(snapshot, context.Host);
                var inventory = mapper.Map(source.Id, collectedAt, context.AsOf);
                return new SourceData(source)
                {
                    Inventory = inventory,
                    RestoreTests = SureBackupRestoreTests.Build(mapper.SureBackupRuns, context.Definition, source.Id),
                    Quality = live ? EvidenceQuality.Good : EvidenceQuality.Fair,
                    CollectedAt = collectedAt,
                    DiscoveryGap = mapper.DiscoveryGap,
                };
            }
            catch (RestSourceException e)
            {
                return SourceData.Failed(source, Reason(source, where, e.Message));
            }
            catch (HttpSourceException e)
            {
                return SourceData.Failed(source, Reason(source, where, e.Message));
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                return SourceData.Failed(source, Reason(source, where, e.Message));
            }
            finally
            {
                session?.Dispose();
            }
        }

        private VeeamLiveApi Connect(SourceDefinition source, CollectionContext context, CancellationToken cancellation)
        {
            if (!Uri.TryCreate(source.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
                throw new RestSourceException("the source needs url: https://<vbr-server>:9419 (or capture: <folder>).");
            if (source.ApiVersion != null && !VeeamApiVersions.IsWellFormed(source.ApiVersion))
                throw new RestSourceException("apiVersion '" + source.ApiVersion + "' is not a revision such as " + VeeamApiVersions.Newest + ".");
            CertificateThumbprint? pin = null;
            if (!string.IsNullOrWhiteSpace(source.CertificateThumbprint) && !CertificateThumbprint.TryParse(source.CertificateThumbprint, out pin))
                throw new RestSourceException("certificateThumbprint is not a SHA-1 (40 hex digits) or SHA-256 (64 hex digits) thumbprint.");
            var credential = VeeamCredentials.Resolve(source, context);
            context.Host.WriteVerbose("Connecting to Veeam source '" + source.Id + "' at " + url.GetLeftPart(UriPartial.Authority) + ".");
            var sender = ResilientHttpSender.Create(pin, context.RequestTimeout, Options.Retry);
            sender.Clock = Options.Clock;
            sender.OnRetry = context.Host.WriteVerbose;
            var session = new VeeamLiveApi(new Uri(url.GetLeftPart(UriPartial.Authority)), credential, sender, Options.Clock);
            try
            {
                session.Connect(source.ApiVersion?.Trim(), cancellation);
            }
            catch
            {
                session.Dispose();
                throw;
            }
            context.Host.WriteVerbose("Veeam source '" + source.Id + "' speaks REST API " + session.ApiVersion + ".");
            return session;
        }

        private static string Reason(SourceDefinition source, string where, string message) =>
            "Veeam source '" + source.Id + "' (" + where + "): " + message;
    }
}
