using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using DrAudit.Core.Sources.Http;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace DrAudit.Core.Sources.Rest
{
    /// <summary>A session with a REST API that signs in with an OAuth2 password grant and answers bearer-token requests:
    /// refresh before the access token expires (a minute early, a fifth of the lifetime for short-lived tokens), once more
    /// on a 401, a new password sign-in when the (single-use) refresh token is refused, logout on dispose where the API has
    /// one. Every request goes through the core's <see cref="ResilientHttpSender"/> (timeouts, retries on 429/5xx honouring
    /// Retry-After). What differs between APIs is in <see cref="BearerTokenSessionOptions"/>. Tokens and the password stay
    /// in memory and are never written anywhere; failures are <see cref="RestSourceException"/>s fit for a report.</summary>
    public sealed class BearerTokenSession : IDisposable
    {
        private readonly Uri _root;
        private readonly NetworkCredential _credential;
        private readonly ResilientHttpSender _sender;
        private readonly Func<DateTimeOffset> _clock;
        private readonly BearerTokenSessionOptions _options;
        private string? _accessToken;
        private string? _refreshToken;
        private DateTimeOffset _refreshAt;

        /// <param name="root">The API's root: requests and the token endpoint are resolved below its path.</param>
        public BearerTokenSession(Uri root, NetworkCredential credential, ResilientHttpSender sender, Func<DateTimeOffset> clock, BearerTokenSessionOptions options)
        {
            if (root == null) throw new ArgumentNullException(nameof(root));
            _root = new Uri(root.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/");
            _credential = credential ?? throw new ArgumentNullException(nameof(credential));
            _sender = sender ?? throw new ArgumentNullException(nameof(sender));
            _clock = clock ?? throw new ArgumentNullException(nameof(clock));
            _options = options ?? throw new ArgumentNullException(nameof(options));
        }

        /// <summary>Headers sent with every request, the token endpoint's too (e.g. an API version).</summary>
        public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>();

        /// <summary>Signs in with the password; throws <see cref="RestSourceException"/> when the server refuses.</summary>
        public void SignIn(CancellationToken cancellation)
        {
            if (!TrySignIn(cancellation, out var status, out var error)) throw AuthenticationRefused(status, error);
        }

        /// <summary>Signs in with the password; false, with the server's status and error, when it refuses (for an API whose
        /// refusal may mean something else, such as an unsupported version).</summary>
        public bool TrySignIn(CancellationToken cancellation, out HttpStatusCode status, out RestErrorBody error)
        {
            var (response, body) = PostToken(PasswordGrant(), cancellation);
            status = response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                TakeTokens(body, "the token response");
                error = new RestErrorBody(null, null);
                return true;
            }
            error = ErrorOf(body);
            return false;
        }

        /// <summary>The failure of a refused sign-in: the user name (never the password), the status and what the server said.</summary>
        public RestSourceException AuthenticationRefused(HttpStatusCode status, RestErrorBody error) =>
            new RestSourceException("authentication refused: the server did not accept the credentials of '" + _credential.UserName
                + "' (HTTP " + Status(status) + error.Describe() + ").");

        /// <summary>The parsed JSON answer to <paramref name="method"/> <paramref name="pathAndQuery"/> (with a JSON body when
        /// <paramref name="json"/> is given). A refusal or error status is a <see cref="RestSourceException"/>, unanswered when
        /// the account may not read it (403) or the server has no such resource.</summary>
        public JToken Send(HttpMethod method, string pathAndQuery, string? json, CancellationToken cancellation)
        {
            if (_accessToken == null) throw new InvalidOperationException("Sign in first.");
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
                var error = ErrorOf(body).Describe();
                if (response.StatusCode == HttpStatusCode.Unauthorized || response.StatusCode == HttpStatusCode.Forbidden)
                    throw new RestSourceException(what + " was refused (HTTP " + Status(response.StatusCode) + error + "): the account may lack the rights to read it"
                        + (_options.RightsDocument == null ? "" : " (" + _options.RightsDocument + ")") + ".") { Unanswered = response.StatusCode == HttpStatusCode.Forbidden };
                throw new RestSourceException(what + " failed with HTTP " + Status(response.StatusCode) + error + ".")
                    { Unanswered = _options.UnansweredStatuses.Contains(response.StatusCode) };
            }
            return Parse(body, what);
        }

        /// <summary>Uses the single-use refresh token; when the server refuses it, signs in again with the password.</summary>
        private void Refresh(CancellationToken cancellation)
        {
            if (_refreshToken != null)
            {
                var (response, body) = PostToken(Grant("refresh_token", new KeyValuePair<string, string>("refresh_token", _refreshToken)), cancellation);
                _refreshToken = null;
                if (response.IsSuccessStatusCode)
                {
                    TakeTokens(body, "the token refresh response");
                    return;
                }
            }
            SignIn(cancellation);
        }

        private KeyValuePair<string, string>[] PasswordGrant() =>
            Grant("password", new KeyValuePair<string, string>("username", _credential.UserName), new KeyValuePair<string, string>("password", _credential.Password));

        private KeyValuePair<string, string>[] Grant(string type, params KeyValuePair<string, string>[] fields) =>
            new[] { new KeyValuePair<string, string>("grant_type", type) }.Concat(fields).Concat(_options.GrantFields).ToArray();

        private (HttpResponseMessage, string) PostToken(KeyValuePair<string, string>[] form, CancellationToken cancellation) =>
            Send(() =>
            {
                var request = Request(HttpMethod.Post, _options.TokenPath, bearer: false);
                request.Content = new FormUrlEncodedContent(form);
                return request;
            }, "POST " + _options.TokenPath, cancellation);

        private void TakeTokens(string body, string what)
        {
            var token = Parse(body, what) as JObject;
            var access = token?.Value<string>("access_token");
            if (token == null || string.IsNullOrEmpty(access))
                throw new RestSourceException("malformed response: " + what + " has no access_token.");
            _accessToken = access;
            _refreshToken = token.Value<string>("refresh_token");
            var lifetime = RestJsonFields.Int(token, "expires_in") is int seconds
                ? TimeSpan.FromSeconds(Math.Max(1, seconds))
                : _options.DefaultTokenLifetime;
            // Refresh a minute early (a fifth of the lifetime for short-lived tokens).
            var margin = TimeSpan.FromTicks(Math.Min(TimeSpan.FromMinutes(1).Ticks, lifetime.Ticks / 5));
            _refreshAt = _clock() + lifetime - margin;
        }

        private HttpRequestMessage Request(HttpMethod method, string pathAndQuery, bool bearer)
        {
            var request = new HttpRequestMessage(method, new Uri(_root, pathAndQuery.TrimStart('/')));
            foreach (var header in Headers) request.Headers.TryAddWithoutValidation(header.Key, header.Value);
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

        private RestErrorBody ErrorOf(string body) => RestErrorBody.Parse(body, _options.ErrorCodeFields, _options.ErrorMessageFields);

        private static string Status(HttpStatusCode status) => ((int)status).ToString(CultureInfo.InvariantCulture);

        /// <summary>Logs out where the API has a logout (best effort), forgets the tokens and releases the connection.</summary>
        public void Dispose()
        {
            if (_accessToken != null && _options.LogoutPath != null)
            {
                try
                {
                    using (var timeout = new CancellationTokenSource(_sender.Timeout))
                    {
                        Send(() => Request(HttpMethod.Post, _options.LogoutPath, bearer: true), "POST " + _options.LogoutPath, timeout.Token, retry: false).Item1.Dispose();
                    }
                }
                catch (Exception e) when (e is HttpSourceException || e is OperationCanceledException || e is HttpRequestException)
                {
                    // The session ends on its own when the token expires.
                }
            }
            _accessToken = null;
            _refreshToken = null;
            _sender.Dispose();
        }
    }
}
