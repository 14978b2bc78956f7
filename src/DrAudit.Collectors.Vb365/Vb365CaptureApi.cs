using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using DrAudit.Core.Loading.Files;
using DrAudit.Core.Sources.Rest;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace DrAudit.Collectors.Vb365
{
    /// <summary>Answers requests from a capture folder (<see cref="Vb365CaptureIndex"/>), so the same reader audits a copy.
    /// A request is found by its exact path and query; failing that, by its path and offset alone (a capture taken with
    /// another audit window or page size is re-read page by page, the offset advancing by the records each page holds).</summary>
    internal sealed class Vb365CaptureApi : IVb365Api
    {
        private readonly string _folder;
        private readonly Vb365CaptureIndex _index;

        public Vb365CaptureApi(string folder)
        {
            _folder = folder;
            if (!Directory.Exists(folder)) throw new RestSourceException("the capture folder " + folder + " does not exist.");
            _index = Vb365CaptureIndex.Read(folder);
        }

        public DateTimeOffset? CapturedAt => _index.CapturedAt;

        public JToken Get(string pathAndQuery, CancellationToken cancellation)
        {
            cancellation.ThrowIfCancellationRequested();
            var file = Find(pathAndQuery);
            if (file == null)
                throw new RestSourceException("the capture " + _folder + " has no response for GET " + pathAndQuery + "; capture the source again with Save-DrSourceCapture.") { Unanswered = true };
            var path = Path.Combine(_folder, file);
            try
            {
                using (var reader = new JsonTextReader(InputFile.OpenText(path, InputLimits.CaptureFileBytes, "the capture file")) { DateParseHandling = DateParseHandling.None, MaxDepth = InputLimits.NestingDepth })
                    return JToken.ReadFrom(reader);
            }
            catch (JsonException e)
            {
                throw new RestSourceException("malformed response: " + path + " (GET " + pathAndQuery + ") is not valid JSON (" + e.Message.TrimEnd('.') + ").", e);
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
            var wanted = Position(pathAndQuery);
            var loose = _index.Responses.Where(r => Position(r.Key) == wanted).ToList();
            return loose.Count == 1 ? loose[0].Value : null;
        }

        /// <summary>"/v8/JobSessions|offset=0": the path with only its paging position (setId and filters dropped).</summary>
        private static string Position(string pathAndQuery)
        {
            var q = pathAndQuery.IndexOf('?');
            var path = q < 0 ? pathAndQuery : pathAndQuery.Substring(0, q);
            var query = q < 0 ? new string[0] : pathAndQuery.Substring(q + 1).Split('&');
            return string.Join("|", new[] { path }.Concat(query.Where(p => p.StartsWith("offset=", StringComparison.Ordinal))));
        }
    }
}
