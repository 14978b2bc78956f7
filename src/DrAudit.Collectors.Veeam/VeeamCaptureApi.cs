using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using DrAudit.Core.Loading.Files;
using DrAudit.Core.Sources.Rest;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace DrAudit.Collectors.Veeam
{
    /// <summary>Answers requests from a capture folder (<see cref="VeeamCaptureIndex"/>), so the same reader audits a copy.
    /// A request is found by its exact path and query; failing that, by its path and skip alone, so a capture taken for
    /// one audit window or page size can be re-read with another (paging advances by the records each page holds).</summary>
    internal sealed class VeeamCaptureApi : IVeeamApi
    {
        private readonly string _folder;
        private readonly VeeamCaptureIndex _index;

        public VeeamCaptureApi(string folder)
        {
            _folder = folder;
            if (!Directory.Exists(folder)) throw new RestSourceException("the capture folder " + folder + " does not exist.");
            _index = VeeamCaptureIndex.Read(folder);
        }

        public string ApiVersion => _index.ApiVersion;
        public DateTimeOffset? CapturedAt => _index.CapturedAt;

        public JToken Get(string pathAndQuery, CancellationToken cancellation)
        {
            cancellation.ThrowIfCancellationRequested();
            return Load(Find(pathAndQuery), "GET " + pathAndQuery);
        }

        /// <summary>A POST answer is found by its path and exact body; failing that, by its path and the body's
        /// <c>pagination.skip</c> alone (a capture taken with another page size).</summary>
        public JToken Post(string path, JObject body, CancellationToken cancellation)
        {
            cancellation.ThrowIfCancellationRequested();
            var key = VeeamCaptureIndex.PostKey(path, body);
            var file = _index.Responses.Where(r => string.Equals(r.Key, key, StringComparison.Ordinal)).Select(r => r.Value).FirstOrDefault();
            if (file == null)
            {
                var loose = _index.Responses.Where(r => r.Key.StartsWith("POST " + path + " ", StringComparison.Ordinal) && Skip(r.Key.Substring(("POST " + path + " ").Length)) == Skip(body)).ToList();
                file = loose.Count == 1 ? loose[0].Value : null;
            }
            return Load(file, "POST " + path);
        }

        private static int? Skip(string json)
        {
            try
            {
                return Skip(JObject.Parse(json));
            }
            catch (JsonException)
            {
                return null;
            }
        }

        private static int? Skip(JObject body) => body.SelectToken("pagination.skip")?.Type == JTokenType.Integer ? body.SelectToken("pagination.skip")!.Value<int>() : (int?)null;

        private JToken Load(string? file, string request)
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

        private string? Find(string pathAndQuery)
        {
            foreach (var r in _index.Responses)
                if (string.Equals(r.Key, pathAndQuery, StringComparison.Ordinal)) return r.Value;
            var wanted = Paging(pathAndQuery);
            var loose = _index.Responses.Where(r => Paging(r.Key) == wanted).ToList();
            return loose.Count == 1 ? loose[0].Value : null;
        }

        /// <summary>"/api/v1/sessions|skip=0": the path with only its paging position.</summary>
        private static string Paging(string pathAndQuery)
        {
            var q = pathAndQuery.IndexOf('?');
            var path = q < 0 ? pathAndQuery : pathAndQuery.Substring(0, q);
            var query = q < 0 ? new string[0] : pathAndQuery.Substring(q + 1).Split('&');
            var keep = query.Where(p => p.StartsWith("skip=", StringComparison.Ordinal));
            return string.Join("|", new[] { path }.Concat(keep));
        }
    }
}
