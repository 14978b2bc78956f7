using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using DrAudit.Core.Sources.Http;
using DrAudit.Core.Sources.Rest;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace DrAudit.Collectors.Veeam
{
    /// <summary>A session with a VBR server's REST API (port 9419) through the core's <see cref="BearerTokenSession"/>:
    /// OAuth2 password grant at <c>/api/oauth2/token</c>, x-api-version on every request (the newest revision the server
    /// accepts unless one is configured), refresh before the access token expires (refresh tokens are single-use), one
    /// refresh and retry on 401, logout on dispose. Tokens and the password stay in memory.</summary>
    internal sealed class VeeamLiveApi : IVeeamApi, IDisposable
    {
        private const string ApiVersionHeader = "x-api-version";
        private readonly BearerTokenSession _session;

        public VeeamLiveApi(Uri baseUri, NetworkCredential credential, ResilientHttpSender sender, Func<DateTimeOffset> clock)
        {
            var options = new BearerTokenSessionOptions("/api/oauth2/token", TimeSpan.FromSeconds(900))
            {
                LogoutPath = "/api/oauth2/logout",
                ErrorCodeFields = new[] { "errorCode", "error" },
                ErrorMessageFields = new[] { "message", "error_description" },
            };
            options.UnansweredStatuses.Add(HttpStatusCode.MethodNotAllowed);
            _session = new BearerTokenSession(baseUri, credential, sender, clock, options);
            ApiVersion = VeeamApiVersions.Newest;
        }

        public string ApiVersion
        {
            get => _session.Headers[ApiVersionHeader];
            private set => _session.Headers[ApiVersionHeader] = value;
        }

        /// <summary>Logs in with <paramref name="requested"/> (when configured) or the newest revision the server accepts.</summary>
        public void Connect(string? requested, CancellationToken cancellation)
        {
            var candidates = new List<string>(requested != null ? new[] { requested } : VeeamApiVersions.Known);
            for (int i = 0; i < candidates.Count; i++)
            {
                ApiVersion = candidates[i];
                if (_session.TrySignIn(cancellation, out var status, out var error)) return;
                if (IsVersionRejection(error))
                {
                    if (requested != null)
                        throw new RestSourceException("the server does not accept apiVersion " + requested + " (it said: " + error.Message + ").");
                    var supported = VeeamApiVersions.MentionedIn(error.Message);
                    var next = candidates.Skip(i + 1).FirstOrDefault(v => supported.Count == 0 || supported.Contains(v));
                    if (next == null) break;
                    candidates = new List<string>(candidates.Take(i + 1)) { next };
                    continue;
                }
                throw _session.AuthenticationRefused(status, error);
            }
            throw new RestSourceException("the server accepts none of the REST API revisions DrAudit reads (" + string.Join(", ", VeeamApiVersions.Known) + "); VBR 12 or later is needed.");
        }

        public JToken Get(string pathAndQuery, CancellationToken cancellation) =>
            _session.Send(HttpMethod.Get, pathAndQuery, null, cancellation);

        public JToken Post(string path, JObject body, CancellationToken cancellation) =>
            _session.Send(HttpMethod.Post, path, body.ToString(Formatting.None), cancellation);

        private static bool IsVersionRejection(RestErrorBody error) =>
            string.Equals(error.Code, "NotImplemented", StringComparison.OrdinalIgnoreCase)
            || (error.Message ?? "").IndexOf("version", StringComparison.OrdinalIgnoreCase) >= 0 && (error.Message ?? "").IndexOf("unsupported", StringComparison.OrdinalIgnoreCase) >= 0;

        /// <summary>Logs out (best effort) and releases the connection.</summary>
        public void Dispose() => _session.Dispose();
    }
}
