using System;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace DrAudit.Core.Sources.Rest
{
    /// <summary>What an error answer of a REST API says: a code and a message, each taken from the first of its fields the
    /// body has (APIs and their OAuth2 endpoints name them differently). Both are null when the body is not JSON.</summary>
    public sealed class RestErrorBody
    {
        public RestErrorBody(string? code, string? message)
        {
            Code = code;
            Message = message;
        }

        public string? Code { get; }
        public string? Message { get; }

        /// <summary>The code and message of <paramref name="body"/>: the first of <paramref name="codeFields"/> and of
        /// <paramref name="messageFields"/> present in it.</summary>
        public static RestErrorBody Parse(string body, string[] codeFields, string[] messageFields)
        {
            try
            {
                var json = JToken.Parse(body) as JObject;
                return new RestErrorBody(First(json, codeFields), First(json, messageFields));
            }
            catch (JsonException)
            {
                return new RestErrorBody(null, null);
            }
        }

        /// <summary>", invalid_grant: The user name or password is incorrect": what follows the HTTP status in a message
        /// (empty when the body said nothing).</summary>
        public string Describe() =>
            (string.IsNullOrWhiteSpace(Code) ? "" : ", " + Code) + (string.IsNullOrWhiteSpace(Message) ? "" : ": " + Message!.Trim().TrimEnd('.'));

        private static string? First(JObject? json, string[] fields)
        {
            if (json == null) return null;
            foreach (var field in fields)
            {
                var value = json.Value<string>(field);
                if (value != null) return value;
            }
            return null;
        }
    }
}
