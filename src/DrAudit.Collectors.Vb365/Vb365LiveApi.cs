using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using DrAudit.Core.Sources.Http;
using DrAudit.Core.Sources.Rest;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace DrAudit.Collectors.Vb365
{
    /// <summary>A session with a VB365 server's REST API v8 (port 4443): OAuth2 password grant at <c>/v8/Token</c> (with
    /// <c>disable_antiforgery_token=true</c>, as a client that is not a browser must), refresh before the access token expires
    /// (60 minutes by default) and once more on a 401, a new password sign-in when the refresh token is refused. Every request
    /// goes through the core's <see cref="ResilientHttpSender"/> (timeouts, retries on 429/5xx honouring Retry-After). Tokens
    /// and the password stay in memory and are never written anywhere.</summary>
    internal sealed class Vb365LiveApi : IVb365Api, IDisposable
    {
        public const string Version = "v8";
        public const string TokenPath = "/" + Version + "/Token";
        private readonly Uri _root;
        private readonly NetworkCredential _credential;
        private readonly ResilientHttpSender _sender;
        private readonly Func<DateTimeOffset> _clock;
        private string? _accessToken;
        private string? _refreshToken;
        private DateTimeOffset _refreshAt;

        public Vb365LiveApi(Uri root, NetworkCredential credential, ResilientHttpSender sender, Func<DateTimeOffset> clock)
        {
            _root = new Uri(root.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/");
            _credential = credential;
            _sender = sender;
            _clock = clock;
        }

        /// <summary>Signs in with the password; throws <see cref="RestSourceException"/> when the server refuses.</summary>
        public void Connect(CancellationToken cancellation) => SignIn(cancellation);

        public JToken Get(string pathAndQuery, CancellationToken cancellation)
        {
            if (_accessToken == null) throw new InvalidOperationException("Connect first.");
            if (_clock() >= _refreshAt) Refresh(cancellation);
            var (response, body) = Send(() => Request(HttpMethod.Get, pathAndQuery, bearer: true), "GET " + pathAndQuery, cancellation);
            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                Refresh(cancellation);
                (response, body) = Send(() => Request(HttpMethod.Get, pathAndQuery, bearer: true), "GET " + pathAndQuery, cancellation);
            }
            if (!response.IsSuccessStatusCode)
            {
                var error = Describe(body);
                if (response.StatusCode == HttpStatusCode.Unauthorized || response.StatusCode == HttpStatusCode.Forbidden)
                    throw new RestSourceException("GET " + pathAndQuery + " was refused (HTTP " + Status(response.StatusCode) + error
                        + "): the account may lack the rights to read it (docs/sources/vb365.md).") { Unanswered = response.StatusCode == HttpStatusCode.Forbidden };
                throw new RestSourceException("GET " + pathAndQuery + " failed with HTTP " + Status(response.StatusCode) + error + ".")
                    { Unanswered = response.StatusCode == HttpStatusCode.NotFound };
            }
            return Parse(body, "GET " + pathAndQuery);
        }

        private void SignIn(CancellationToken cancellation)
        {
            var (response, body) = PostToken(new[]
            {
                Pair("grant_type", "password"),
                Pair("username", _credential.UserName),
                Pair("password", _credential.Password),
                Pair("disable_antiforgery_token", "true"),
            }, cancellation);
            if (!response.IsSuccessStatusCode)
                throw new RestSourceException("authentication refused: the server did not accept the credentials of '" + _credential.UserName
                    + "' (HTTP " + Status(response.StatusCode) + Describe(body) + ").");
            TakeTokens(body, "the token response");
        }

        /// <summary>Uses the refresh token; when the server refuses it, signs in again with the password.</summary>
        private void Refresh(CancellationToken cancellation)
        {
            if (_refreshToken != null)
            {
                var (response, body) = PostToken(new[]
                {
                    Pair("grant_type", "refresh_token"),
                    Pair("refresh_token", _refreshToken),
                    Pair("disable_antiforgery_token", "true"),
                }, cancellation);
                _refreshToken = null;
                if (response.IsSuccessStatusCode)
                {
                    TakeTokens(body, "the token refresh response");
                    return;
                }
            }
            SignIn(cancellation);
        }

        private (HttpResponseMessage, string) PostToken(KeyValuePair<string, string>[] form, CancellationToken cancellation) =>
            Send(() =>
            {
                var request = Request(HttpMethod.Post, TokenPath, bearer: false);
                request.Content = new FormUrlEncodedContent(form);
                return request;
            }, "POST " + TokenPath, cancellation);

        private void TakeTokens(string body, string what)
        {
            var token = Parse(body, what) as JObject;
            var access = token?.Value<string>("access_token");
            if (token == null || string.IsNullOrEmpty(access))
                throw new RestSourceException("malformed response: " + what + " has no access_token.");
            _accessToken = access;
            _refreshToken = token.Value<string>("refresh_token");
            var seconds = token["expires_in"]?.Type == JTokenType.Integer ? token.Value<int>("expires_in") : 3600;
            var lifetime = TimeSpan.FromSeconds(Math.Max(1, seconds));
            // Refresh a minute early (a fifth of the lifetime for short-lived tokens).
            var margin = TimeSpan.FromTicks(Math.Min(TimeSpan.FromMinutes(1).Ticks, lifetime.Ticks / 5));
            _refreshAt = _clock() + lifetime - margin;
        }

        private HttpRequestMessage Request(HttpMethod method, string pathAndQuery, bool bearer)
        {
            var request = new HttpRequestMessage(method, new Uri(_root, pathAndQuery.TrimStart('/')));
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            if (bearer) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _accessToken);
            return request;
        }

        private (HttpResponseMessage, string) Send(Func<HttpRequestMessage> create, string what, CancellationToken cancellation)
        {
            var response = _sender.Send(create, what, cancellation);
            var body = response.Content == null ? "" : response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
            return (response, body);
        }

        private static JToken Parse(string body, string what)
        {
            try
            {
                using (var reader = new JsonTextReader(new System.IO.StringReader(body)) { DateParseHandling = DateParseHandling.None })
                {
                    var token = JToken.ReadFrom(reader);
                    if (reader.Read()) throw new JsonReaderException("unexpected content after the JSON value");
                    return token;
                }
            }
            catch (JsonException e)
            {
                throw new RestSourceException("malformed response: " + what + " is not valid JSON (" + e.Message.TrimEnd('.') + ").", e);
            }
        }

        /// <summary>", invalid_grant: The user name or password is incorrect" from an OAuth error or the API's error body.</summary>
        private static string Describe(string body)
        {
            try
            {
                var json = JToken.Parse(body) as JObject;
                var code = json?.Value<string>("error") ?? json?.Value<string>("type");
                var message = json?.Value<string>("error_description") ?? json?.Value<string>("message") ?? json?.Value<string>("title");
                return (string.IsNullOrWhiteSpace(code) ? "" : ", " + code) + (string.IsNullOrWhiteSpace(message) ? "" : ": " + message!.Trim().TrimEnd('.'));
            }
            catch (JsonException)
            {
                return "";
            }
        }

        private static string Status(HttpStatusCode status) => ((int)status).ToString(CultureInfo.InvariantCulture);

        private static KeyValuePair<string, string> Pair(string key, string value) => new KeyValuePair<string, string>(key, value);

        /// <summary>Forgets the tokens (the API's sessions end when the token expires) and releases the connection.</summary>
        public void Dispose()
        {
            _accessToken = null;
            _refreshToken = null;
            _sender.Dispose();
        }
    }
}
