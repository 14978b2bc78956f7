using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using Azure.Identity;
using DrAudit.Collectors.M365.Http;
using DrAudit.Core.Hosting;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Sources;
using DrAudit.Core.Sources.Http;
using Microsoft.Graph;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Authentication.Azure;
using Newtonsoft.Json;

namespace DrAudit.Collectors.M365
{
    /// <summary>A source of <c>type: m365</c>: Microsoft 365 Backup Storage read through Microsoft Graph v1.0
    /// (<c>/solutions/backupRestore</c>) with the Graph SDK, live (app-only sign-in, evidence Good) or from a
    /// <c>capture:</c> folder of saved responses (evidence Fair) through the same SDK and parser. The core finds this
    /// type by name, so the Graph SDK loads only when an m365 source is audited. Never throws for a source that cannot
    /// be read: the source is Failed with the reason. See docs/sources/m365.md.</summary>
    public sealed class M365SourceCollector : ISourceCollector
    {
        /// <summary>The file in a capture folder that records when and from where it was saved.</summary>
        public const string CaptureManifestFile = DrAudit.Core.Sources.SourceCaptureWriter.M365CaptureFile;
        private const string CaptureBaseUrl = "https://graph.microsoft.com/v1.0";

        private readonly M365CollectorOptions _options;

        public M365SourceCollector() : this(new M365CollectorOptions()) { }

        public M365SourceCollector(M365CollectorOptions options)
        {
            _options = options ?? throw new ArgumentNullException(nameof(options));
        }

        public string Type => SourceDefinition.M365Type;

        public SourceData Collect(SourceDefinition source, CollectionContext context, CancellationToken cancellation)
        {
            if (source == null) throw new ArgumentNullException(nameof(source));
            if (context == null) throw new ArgumentNullException(nameof(context));
            cancellation.ThrowIfCancellationRequested();
            var fromCapture = !string.IsNullOrEmpty(source.Capture);
            try
            {
                if (fromCapture && !Directory.Exists(source.Capture))
                    return SourceData.Failed(source, "the capture folder " + source.Capture + " does not exist.");
                var host = new CallingThreadHost(context.Host);
                var snapshot = host.Run(() => ReadAsync(source, context, host, fromCapture, cancellation));
                var collectedAt = fromCapture ? CaptureTime(source.Capture!) : DateTimeOffset.UtcNow;
                var inventory = M365InventoryMapper.Map(snapshot, source.Id, collectedAt, context.Definition,
                    w => context.Host.WriteWarning("Source '" + source.Id + "': " + w), out var tests);
                if (!fromCapture && !string.IsNullOrEmpty(context.SaveCaptureTo)) WriteManifest(context.SaveCaptureTo!, source, collectedAt ?? DateTimeOffset.UtcNow);
                return new SourceData(source)
                {
                    Inventory = inventory,
                    RestoreTests = tests,
                    Quality = fromCapture ? EvidenceQuality.Fair : EvidenceQuality.Good,
                    CollectedAt = collectedAt,
                    DiscoveryGap = snapshot.DiscoveryGap,
                };
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception e)
            {
                var failed = SourceData.Failed(source, Reason(e, source));
                failed.Cause = e;
                return failed;
            }
        }

        /// <summary>Reads on the thread pool: everything it tells the host goes through <paramref name="host"/>, never
        /// <c>context.Host</c> directly.</summary>
        private async Task<BackupRestoreSnapshot> ReadAsync(SourceDefinition source, CollectionContext context, IAuditHost host, bool fromCapture, CancellationToken cancellation)
        {
            var cloud = GraphCloud.For(source.Cloud, source.Endpoint, source.AuthorityHost)
                ?? throw new M365SourceException("cloud '" + source.Cloud + "' is not one of global, usgov, usgovdod, china.");
            IAuthenticationProvider authentication;
            string baseUrl;
            if (fromCapture)
            {
                authentication = new AnonymousAuthenticationProvider();
                baseUrl = CaptureBaseUrl;
            }
            else
            {
                context.Credentials.TryGetValue(source.Id, out var supplied);
                TokenCredential? credential;
                string? problem;
                try
                {
                    credential = M365CredentialFactory.Create(source, supplied, cloud, _options, host, out problem);
                }
                catch (ArgumentException e)
                {
                    // Azure.Identity checks tenantId, clientId and authorityHost when the credential is built.
                    credential = null;
                    problem = "Azure.Identity refused the source's sign-in settings (" + FirstLine(e.Message) + ")";
                }
                if (credential == null) throw new M365SourceException("cannot sign in to Microsoft Graph: " + problem + ".");
                authentication = new AzureIdentityAuthenticationProvider(credential, new[] { cloud.Host }, null, true, new[] { cloud.Scope });
                baseUrl = cloud.BaseUrl;
            }
            var handlers = GraphClientFactory.CreateDefaultHandlers()
                .Where(h => !(h is Microsoft.Kiota.Http.HttpClientLibrary.Middleware.RetryHandler)).ToList();
            handlers.Add(new IsoWeekDurationHandler());
            // Replaces the SDK's RetryHandler, which reads Retry-After as whole seconds only and ignores 2.128.
            handlers.Add(new RetryingHandler(_options.Retry, context.RequestTimeout) { OnRetry = m => host.WriteVerbose("Source '" + source.Id + "': " + m) });
            if (!fromCapture && !string.IsNullOrEmpty(context.SaveCaptureTo)) handlers.Add(new CaptureRecordingHandler(context.SaveCaptureTo!));
            HttpMessageHandler transport = fromCapture ? new CaptureReplayHandler(source.Capture!) : _options.Transport ?? new HttpClientHandler();
            using (var http = GraphClientFactory.Create(handlers, "v1.0", GraphClientFactory.Global_Cloud, null, transport, disposeHandler: _options.Transport == null || fromCapture))
            {
                http.Timeout = Timeout.InfiniteTimeSpan;
                var client = new GraphServiceClient(http, authentication, baseUrl);
                var window = context.AsOf - context.AuditWindow.Value;
                host.WriteVerbose("Source '" + source.Id + "': reading Microsoft 365 Backup from " + (fromCapture ? "capture " + source.Capture : baseUrl) + ".");
                return await new BackupRestoreReader(client, host, source.Id, _options, cancellation).ReadAsync(window, context.AsOf).ConfigureAwait(false);
            }
        }

        /// <summary>Why the source failed, for the report.</summary>
        private static string Reason(Exception e, SourceDefinition source)
        {
            switch (e)
            {
                case ODataError odata when odata.ResponseStatusCode == 403:
                    return "Microsoft Graph refused to let app " + (source.ClientId ?? "(capture)") + " read Microsoft 365 Backup Storage ("
                        + M365Errors.Describe(odata) + "). The app needs the application permissions BackupRestore-Control.Read.All, "
                        + "BackupRestore-Configuration.Read.All, BackupRestore-Restore.Read.All and BackupRestore-Search.Read.All with admin consent, "
                        + "and must be registered as a backup controller of the tenant (see docs/sources/m365.md).";
                case ODataError odata when odata.ResponseStatusCode == 401:
                    return "Microsoft Graph did not accept the sign-in of app " + source.ClientId + " (" + M365Errors.Describe(odata) + ").";
                case ODataError odata when odata.Error?.Code == CaptureReplayHandler.MissingCode:
                    return odata.Error!.Message + ".";
                case ODataError odata:
                    return "Microsoft Graph answered " + M365Errors.Describe(odata) + ".";
                case ApiException api:
                    return "Microsoft Graph answered HTTP " + api.ResponseStatusCode + ": " + api.Message;
                case HttpSourceException http:
                    return "Microsoft Graph: " + http.Message;
                case AuthenticationFailedException auth:
                    return M365CredentialFactory.DescribeFailure(auth, source);
                case M365SourceException m365:
                    return m365.Message;
                case OperationCanceledException _:
                    return "the read was cancelled before Microsoft Graph answered.";
                case HttpRequestException http:
                    return "cannot reach Microsoft Graph: " + http.Message;
                default:
                    return "Microsoft Graph returned a response DrAudit cannot read (" + e.GetType().Name + ": " + FirstLine(e.Message) + ").";
            }
        }

        private static string FirstLine(string text)
        {
            var line = text.Split('\n')[0].Trim();
            return line.Length > 300 ? line.Substring(0, 300) + "..." : line;
        }

        private static void WriteManifest(string folder, SourceDefinition source, DateTimeOffset collectedAt)
        {
            Directory.CreateDirectory(folder);
            var manifest = new CaptureManifest { Source = source.Id, System = M365InventoryMapper.SystemName, CollectedAt = collectedAt, TenantId = source.TenantId };
            File.WriteAllText(Path.Combine(folder, CaptureManifestFile), JsonConvert.SerializeObject(manifest, Formatting.Indented), new UTF8Encoding(false));
        }

        private static DateTimeOffset? CaptureTime(string folder)
        {
            var path = Path.Combine(folder, CaptureManifestFile);
            if (!File.Exists(path)) return null;
            try
            {
                return JsonConvert.DeserializeObject<CaptureManifest>(File.ReadAllText(path))?.CollectedAt;
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }
}
