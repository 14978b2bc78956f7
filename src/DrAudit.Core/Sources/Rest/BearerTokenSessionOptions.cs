using System;
using System.Collections.Generic;
using System.Net;

namespace DrAudit.Core.Sources.Rest
{
    /// <summary>How one REST API signs in and answers, for a <see cref="BearerTokenSession"/>: where its OAuth2 token
    /// endpoint is, what every grant adds to the form, how long a token lives when the answer does not say, where a session
    /// is ended, and how its error bodies name their code and message. The values are the API's; the session's logic is
    /// the same for every API.</summary>
    public sealed class BearerTokenSessionOptions
    {
        public BearerTokenSessionOptions(string tokenPath, TimeSpan defaultTokenLifetime)
        {
            TokenPath = tokenPath ?? throw new ArgumentNullException(nameof(tokenPath));
            DefaultTokenLifetime = defaultTokenLifetime;
        }

        /// <summary>The OAuth2 token endpoint below the API's root (password and refresh_token grants).</summary>
        public string TokenPath { get; }

        /// <summary>How long an access token lives when the token answer has no <c>expires_in</c>.</summary>
        public TimeSpan DefaultTokenLifetime { get; }

        /// <summary>Form fields every grant carries besides its own (e.g. a flag the API wants from a client that is not a browser).</summary>
        public List<KeyValuePair<string, string>> GrantFields { get; } = new List<KeyValuePair<string, string>>();

        /// <summary>Where a session is ended (POST with the bearer token, best effort, on dispose); null when the API has no
        /// logout and a session ends when its token expires.</summary>
        public string? LogoutPath { get; set; }

        /// <summary>The fields an error body names its code in, first found wins.</summary>
        public string[] ErrorCodeFields { get; set; } = { "error" };

        /// <summary>The fields an error body names its message in, first found wins.</summary>
        public string[] ErrorMessageFields { get; set; } = { "error_description", "message" };

        /// <summary>Statuses besides 403 that leave a request unanswered (<see cref="RestSourceException.Unanswered"/>):
        /// the server has no such resource to read.</summary>
        public HashSet<HttpStatusCode> UnansweredStatuses { get; } = new HashSet<HttpStatusCode> { HttpStatusCode.NotFound };

        /// <summary>Where the rights an account needs are documented, named in a refusal's message (null: not named).</summary>
        public string? RightsDocument { get; set; }
    }
}
