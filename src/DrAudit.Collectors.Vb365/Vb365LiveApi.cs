using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Threading;
using DrAudit.Core.Sources.Http;
using DrAudit.Core.Sources.Rest;
using Newtonsoft.Json.Linq;

namespace DrAudit.Collectors.Vb365
{
    /// <summary>A session with a VB365 server's REST API v8 (port 4443) through the core's <see cref="BearerTokenSession"/>:
    /// OAuth2 password grant at <c>/v8/Token</c> (with <c>disable_antiforgery_token=true</c>, as a client that is not a
    /// browser must), refresh before the access token expires (60 minutes by default) and once more on a 401, a new password
    /// sign-in when the refresh token is refused. The API has no logout: a session ends when its token expires. Tokens and
    /// the password stay in memory and are never written anywhere.</summary>
    internal sealed class Vb365LiveApi : IVb365Api, IDisposable
    {
        public const string Version = "v8";
        private const string TokenPath = "/" + Version + "/Token";
        private readonly BearerTokenSession _session;

        public Vb365LiveApi(Uri root, NetworkCredential credential, ResilientHttpSender sender, Func<DateTimeOffset> clock)
        {
            var options = new BearerTokenSessionOptions(TokenPath, TimeSpan.FromSeconds(3600))
            {
                ErrorCodeFields = new[] { "error", "type" },
                ErrorMessageFields = new[] { "error_description", "message", "title" },
                RightsDocument = "docs/sources/vb365.md",
            };
            options.GrantFields.Add(new KeyValuePair<string, string>("disable_antiforgery_token", "true"));
            _session = new BearerTokenSession(root, credential, sender, clock, options);
        }

        /// <summary>Signs in with the password; throws <see cref="RestSourceException"/> when the server refuses.</summary>
        public void Connect(CancellationToken cancellation) => _session.SignIn(cancellation);

        public JToken Get(string pathAndQuery, CancellationToken cancellation) =>
            _session.Send(HttpMethod.Get, pathAndQuery, null, cancellation);

        /// <summary>Forgets the tokens and releases the connection.</summary>
        public void Dispose() => _session.Dispose();
    }
}
