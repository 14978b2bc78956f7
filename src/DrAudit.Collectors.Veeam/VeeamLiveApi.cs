using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using DrAudit.Core.Sources.Http;
using DrAudit.Core.Sources.Rest;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace DrAudit.Collectors.Veeam
{
    /// <summary>A session with a VBR server's REST API (port 9419): OAuth2 password grant, x-api-version on every request
    /// (the newest revision the server accepts unless one is configured), refresh before the access token expires (refresh
    /// tokens are single-use), one refresh and retry on 401, logout on dispose. Tokens and the password stay in memory.</summary>
    internal sealed class VeeamLiveApi : IVeeamApi, IDisposable
    {
        private const string TokenPath = "/api/oauth2/token";
        private const string LogoutPath = "/api/oauth2/logout";
        private readonly Uri _base;
        private readonly NetworkCredential _credential;
        private readonly ResilientHttpSender _sender;
        private readonly Func<DateTimeOffset> _clock;
        private string? _accessToken;
        private string? _refreshToken;
        private DateTimeOffset _refreshAt;

        public VeeamLiveApi(Uri baseUri, NetworkCredential credential, ResilientHttpSender sender, Func<DateTimeOffset> clock)
        {
            _base = baseUri;
            _credential = credential;
            _sender = sender;
            _clock = clock;
            ApiVersion = VeeamApiVersions.Newest;
        }

        public string ApiVersion { get; private set; }

        /// <summary>Logs in with <paramref name="requested"/> (when configured) or the newest revision the server accepts.</summary>
        public void Connect(string? requested, CancellationToken cancellation)
        {
            var candidates = new List<string>(requested != null ? new[] { requested } : VeeamApiVersions.Known);
            for (int i = 0; i < candidates.Count; i++)
            {
                ApiVersion = candidates[i];
                var (response, body) = PostToken(new[]
                {
                    Pair("grant_type", "password"),
                    Pair("username", _credential.UserName),
                    Pair("password", _credential.Password),
                }, cancellation);
                if (response.IsSuccessStatusCode)
                {
                    TakeTokens(body, "the token response");
                    return;
                }
                var error = ErrorOf(body);
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
                throw Refused(response.StatusCode, error);
            }
            throw new RestSourceException("the server accepts none of the REST API revisions DrAudit reads (" + string.Join(", ", VeeamApiVersions.Known) + "); VBR 12 or later is needed.");
        }

        public JToken Get(string pathAndQuery, CancellationToken cancellation) =>
            Read(HttpMethod.Get, pathAndQuery, null, cancellation);

        public JToken Post(string path, JObject body, CancellationToken cancellation) =>
            Read(HttpMethod.Post, path, body.ToString(Formatting.None), cancellation);

        private JToken Read(HttpMethod method, string pathAndQuery, string? json, CancellationToken cancellation)
        {
            if (_accessToken == null) throw new InvalidOperationException("Connect first.");
            if (_clock() >= _refreshAt) Refresh(cancellation);
            var what = method.Method + " " + pathAndQuery;
            Func<HttpRequestMessage> create = () =>
            {
                var request = Request(method, pathAndQuery, bearer: true);
                if (json != null) request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
                return request;
            };
            var (response, body) = Send(create, what, cancellation);
            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                Refresh(cancellation);
                (response, body) = Send(create, what, cancellation);
            }
            if (!response.IsSuccessStatusCode)
            {
                var error = ErrorOf(body);
                if (response.StatusCode == HttpStatusCode.Unauthorized || response.StatusCode == HttpStatusCode.Forbidden)
                    throw new RestSourceException(what + " was refused (HTTP " + Status(response.StatusCode) + Describe(error) + "): the account may lack the rights to read it.")
                        { Unanswered = response.StatusCode == HttpStatusCode.Forbidden };
                throw new RestSourceException(what + " failed with HTTP " + Status(response.StatusCode) + Describe(error) + ".")
                    { Unanswered = response.StatusCode == HttpStatusCode.NotFound || response.StatusCode == HttpStatusCode.MethodNotAllowed };
            }
            return Parse(body, what);
        }

        /// <summary>Uses the single-use refresh token; if the server refuses it, logs in again with the password.</summary>
        private void Refresh(CancellationToken cancellation)
        {
            if (_refreshToken != null)
            {
                var (response, body) = PostToken(new[] { Pair("grant_type", "refresh_token"), Pair("refresh_token", _refreshToken) }, cancellation);
                _refreshToken = null;
                if (response.IsSuccessStatusCode)
                {
                    TakeTokens(body, "the token refresh response");
                    return;
                }
            }
            var (again, againBody) = PostToken(new[]
            {
                Pair("grant_type", "password"),
                Pair("username", _credential.UserName),
                Pair("password", _credential.Password),
            }, cancellation);
            if (!again.IsSuccessStatusCode) throw Refused(again.StatusCode, ErrorOf(againBody));
            TakeTokens(againBody, "the token response");
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
            var seconds = token["expires_in"]?.Type == JTokenType.Integer ? token.Value<int>("expires_in") : 900;
            var lifetime = TimeSpan.FromSeconds(Math.Max(1, seconds));
            // Refresh a minute early (a fifth of the lifetime for short-lived tokens).
            var margin = TimeSpan.FromTicks(Math.Min(TimeSpan.FromMinutes(1).Ticks, lifetime.Ticks / 5));
            _refreshAt = _clock() + lifetime - margin;
        }

        private HttpRequestMessage Request(HttpMethod method, string pathAndQuery, bool bearer)
        {
            var request = new HttpRequestMessage(method, new Uri(_base, pathAndQuery));
            request.Headers.TryAddWithoutValidation("x-api-version", ApiVersion);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            if (bearer) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _accessToken);
            return request;
        }

        private (HttpResponseMessage, string) Send(Func<HttpRequestMessage> create, string what, CancellationToken cancellation, bool retry = true)
        {
            var response = _sender.Send(create, what, cancellation, retry);
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

        private static VeeamError ErrorOf(string body)
        {
            try
            {
                var json = JToken.Parse(body) as JObject;
                return new VeeamError(
                    json?.Value<string>("errorCode") ?? json?.Value<string>("error"),
                    json?.Value<string>("message") ?? json?.Value<string>("error_description"));
            }
            catch (JsonException)
            {
                return new VeeamError(null, null);
            }
        }

        private static bool IsVersionRejection(VeeamError error) =>
            string.Equals(error.Code, "NotImplemented", StringComparison.OrdinalIgnoreCase)
            || (error.Message ?? "").IndexOf("version", StringComparison.OrdinalIgnoreCase) >= 0 && (error.Message ?? "").IndexOf("unsupported", StringComparison.OrdinalIgnoreCase) >= 0;

        private Exception Refused(HttpStatusCode status, VeeamError error) =>
            new RestSourceException("authentication refused: the server did not accept the credentials of '" + _credential.UserName
                + "' (HTTP " + Status(status) + Describe(error) + ").");

        private static string Describe(VeeamError error) =>
            (error.Code == null ? "" : ", " + error.Code) + (string.IsNullOrWhiteSpace(error.Message) ? "" : ": " + error.Message!.Trim().TrimEnd('.'));

        private static string Status(HttpStatusCode status) => ((int)status).ToString(CultureInfo.InvariantCulture);

        private static KeyValuePair<string, string> Pair(string key, string value) => new KeyValuePair<string, string>(key, value);

        /// <summary>Logs out (best effort) and releases the connection.</summary>
        public void Dispose()
        {
            if (_accessToken != null)
            {
                try
                {
                    using (var timeout = new CancellationTokenSource(_sender.Timeout))
                    {
                        Send(() => Request(HttpMethod.Post, LogoutPath, bearer: true), "POST " + LogoutPath, timeout.Token, retry: false).Item1.Dispose();
                    }
                }
                catch (Exception e) when (e is HttpSourceException || e is OperationCanceledException || e is HttpRequestException)
                {
                    // The session ends on its own when the token expires.
                }
                _accessToken = null;
                _refreshToken = null;
            }
            _sender.Dispose();
        }

        private sealed class VeeamError
        {
            public VeeamError(string? code, string? message) { Code = code; Message = message; }
            public string? Code { get; }
            public string? Message { get; }
        }
    }
}
