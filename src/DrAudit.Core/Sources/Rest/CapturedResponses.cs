using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using DrAudit.Core.Loading.Files;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace DrAudit.Core.Sources.Rest
{
    /// <summary>The answers a REST capture folder holds (the responses of its <see cref="CaptureIndexFile"/>), found by
    /// request and read as untrusted input (size- and depth-bounded, UTF-8 checked). A request is found by its exact key;
    /// failing that, by its paging position alone, so a capture taken for one audit window or page size can be re-read
    /// with another (paging advances by the records each page holds). How a key's position is found is the API's
    /// (a query parameter such as <c>skip</c> or <c>offset</c>, a body's pagination).</summary>
    public sealed class CapturedResponses
    {
        private readonly string _folder;
        private readonly IReadOnlyList<KeyValuePair<string, string>> _responses;

        /// <param name="responses">Request key and file name, as the index lists them.</param>
        public CapturedResponses(string folder, IReadOnlyList<KeyValuePair<string, string>> responses)
        {
            _folder = folder ?? throw new ArgumentNullException(nameof(folder));
            _responses = responses ?? throw new ArgumentNullException(nameof(responses));
        }

        /// <summary>The file indexed under <paramref name="key"/>; failing that, the only one whose
        /// <paramref name="position"/> equals the key's (null from <paramref name="position"/>: that key never matches
        /// loosely). Null when there is none, or more than one.</summary>
        public string? Find(string key, Func<string, string?> position)
        {
            foreach (var r in _responses)
                if (string.Equals(r.Key, key, StringComparison.Ordinal)) return r.Value;
            var wanted = position(key);
            if (wanted == null) return null;
            var loose = _responses.Where(r => string.Equals(position(r.Key), wanted, StringComparison.Ordinal)).ToList();
            return loose.Count == 1 ? loose[0].Value : null;
        }

        /// <summary>"/api/v1/sessions|skip=0": the path of <paramref name="pathAndQuery"/> with only its
        /// <paramref name="parameter"/> (the paging position; filters, page size and the like dropped).</summary>
        public static string QueryPosition(string pathAndQuery, string parameter)
        {
            var q = pathAndQuery.IndexOf('?');
            var path = q < 0 ? pathAndQuery : pathAndQuery.Substring(0, q);
            var query = q < 0 ? new string[0] : pathAndQuery.Substring(q + 1).Split('&');
            return string.Join("|", new[] { path }.Concat(query.Where(p => p.StartsWith(parameter + "=", StringComparison.Ordinal))));
        }

        /// <summary>The parsed answer in <paramref name="file"/> (from <see cref="Find"/>) to <paramref name="request"/>
        /// ("GET /path?query", for messages). No file, or one that cannot be read as JSON, is a
        /// <see cref="RestSourceException"/> (unanswered when the capture has no answer).</summary>
        public JToken Load(string? file, string request)
        {
            if (file == null)
                throw new RestSourceException("the capture " + _folder + " has no response for " + request + "; capture the source again with Save-DrSourceCapture.") { Unanswered = true };
            var path = Path.Combine(_folder, file);
            try
            {
                using (var reader = new JsonTextReader(InputFile.OpenText(path, InputLimits.CaptureFileBytes, "the capture file")) { DateParseHandling = DateParseHandling.None, MaxDepth = InputLimits.NestingDepth })
                    return JToken.ReadFrom(reader);
            }
            catch (JsonException e)
            {
                throw new RestSourceException("malformed response: " + path + " (" + request + ") is not valid JSON (" + e.Message.TrimEnd('.') + ").", e);
            }
            catch (IOException e)
            {
                throw new RestSourceException("cannot read " + path + ": " + e.Message, e);
            }
            catch (InputFileException e)
            {
                throw new RestSourceException("malformed response: " + e.Problem.Message, e);
            }
            catch (DecoderFallbackException e)
            {
                throw new RestSourceException("malformed response: " + InputFile.LocateBadEncoding(path), e);
            }
        }
    }
}
