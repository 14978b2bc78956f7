using System;
using System.IO;
using System.Threading;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Sources;
using DrAudit.Core.Sources.Http;
using DrAudit.Core.Sources.Rest;

namespace DrAudit.Collectors.Vb365
{
    /// <summary>A source of <c>type: vb365</c>: one Microsoft 365 organization protected by a Veeam Backup for Microsoft 365
    /// server, read through its REST API v8, live (Good evidence) or from a <c>capture:</c> folder of saved responses (Fair).
    /// The core finds this type by name (SourceCollectors.ByName). Never throws for a source that cannot be read: the source is
    /// Failed with the reason (authentication refused, TLS certificate refused, unreachable, throttled, no such organization,
    /// malformed response) and the audit goes on. See docs/sources/vb365.md.</summary>
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
            if (source == null) throw new ArgumentNullException(nameof(source));
            if (context == null) throw new ArgumentNullException(nameof(context));
            cancellation.ThrowIfCancellationRequested();
            var live = string.IsNullOrEmpty(source.Capture);
            var where = live ? source.Url ?? "(no url)" : "capture " + source.Capture;
            Vb365LiveApi? session = null;
            try
            {
                if (string.IsNullOrWhiteSpace(source.Organization))
                    throw new RestSourceException("the source needs organization: the Microsoft 365 organization's name (contoso.onmicrosoft.com) or id.");
                IVb365Api api;
                Vb365CaptureRecorder? recorder = null;
                DateTimeOffset? collectedAt;
                if (live)
                {
                    session = Connect(source, context, cancellation);
                    api = session;
                    var now = Options.Clock();
                    collectedAt = new DateTimeOffset(now.UtcTicks - now.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero); // as the capture index keeps it
                    if (!string.IsNullOrEmpty(context.SaveCaptureTo))
                        api = recorder = new Vb365CaptureRecorder(session, context.SaveCaptureTo!, collectedAt.Value, source.Organization!);
                }
                else
                {
                    context.Host.WriteVerbose("Reading Veeam Backup for Microsoft 365 source '" + source.Id + "' from the capture " + source.Capture + ".");
                    var capture = new Vb365CaptureApi(source.Capture!);
                    api = capture;
                    collectedAt = capture.CapturedAt;
                }
                var since = context.AsOf - context.AuditWindow.Value - Options.ReadBeforeWindow;
                var snapshot = new Vb365Reader(api, context.Host, source.Id, Options.PageSize, cancellation).Read(source.Organization!, since);
                recorder?.Complete();
                var inventory = new Vb365InventoryMapper(snapshot, context.Host).Map(source.Id, collectedAt, since);
                return new SourceData(source)
                {
                    Inventory = inventory,
                    Quality = live ? EvidenceQuality.Good : EvidenceQuality.Fair,
                    CollectedAt = collectedAt,
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

        private Vb365LiveApi Connect(SourceDefinition source, CollectionContext context, CancellationToken cancellation)
        {
            if (!Uri.TryCreate(source.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
                throw new RestSourceException("the source needs url: https://<vb365-server>:4443 (or capture: <folder>).");
            CertificateThumbprint? pin = null;
            if (!string.IsNullOrWhiteSpace(source.CertificateThumbprint) && !CertificateThumbprint.TryParse(source.CertificateThumbprint, out pin))
                throw new RestSourceException("certificateThumbprint is not a SHA-1 (40 hex digits) or SHA-256 (64 hex digits) thumbprint.");
            var credential = SourceUserCredential.Resolve(source, context, out var problem) ?? throw new RestSourceException(problem!);
            context.Host.WriteVerbose("Connecting to Veeam Backup for Microsoft 365 source '" + source.Id + "' at " + url.GetLeftPart(UriPartial.Authority) + ".");
            var sender = ResilientHttpSender.Create(pin, context.RequestTimeout, Options.Retry);
            sender.Clock = Options.Clock;
            sender.OnRetry = context.Host.WriteVerbose;
            var session = new Vb365LiveApi(url, credential, sender, Options.Clock);
            try
            {
                session.Connect(cancellation);
            }
            catch
            {
                session.Dispose();
                throw;
            }
            return session;
        }

        private static string Reason(SourceDefinition source, string where, string message) =>
            "Veeam Backup for Microsoft 365 source '" + source.Id + "' (" + where + "): " + message;
    }
}
