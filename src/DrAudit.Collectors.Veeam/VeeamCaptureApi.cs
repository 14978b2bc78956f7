using System;
using System.Threading;
using DrAudit.Core.Sources.Rest;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace DrAudit.Collectors.Veeam
{
    /// <summary>Answers requests from a capture folder (<see cref="VeeamCaptureIndex"/>, read by the core's
    /// <see cref="CapturedResponses"/>), so the same reader audits a copy. A request is found by its exact path and query;
    /// failing that, by its path and skip alone, so a capture taken for one audit window or page size can be re-read with
    /// another (paging advances by the records each page holds).</summary>
    internal sealed class VeeamCaptureApi : IVeeamApi
    {
        private readonly VeeamCaptureIndex _index;
        private readonly CapturedResponses _responses;

        public VeeamCaptureApi(string folder)
        {
            _index = VeeamCaptureIndex.Read(folder);
            _responses = new CapturedResponses(folder, _index.Responses);
        }

        public string ApiVersion => _index.ApiVersion;
        public DateTimeOffset? CapturedAt => _index.CapturedAt;

        public JToken Get(string pathAndQuery, CancellationToken cancellation)
        {
            cancellation.ThrowIfCancellationRequested();
            return _responses.Load(_responses.Find(pathAndQuery, key => CapturedResponses.QueryPosition(key, "skip")), "GET " + pathAndQuery);
        }

        /// <summary>A POST answer is found by its path and exact body; failing that, by its path and the body's
        /// <c>pagination.skip</c> alone (a capture taken with another page size).</summary>
        public JToken Post(string path, JObject body, CancellationToken cancellation)
        {
            cancellation.ThrowIfCancellationRequested();
            var prefix = "POST " + path + " ";
            Func<string, string?> position = key => key.StartsWith(prefix, StringComparison.Ordinal) ? "skip=" + Skip(key.Substring(prefix.Length)) : null;
            return _responses.Load(_responses.Find(VeeamCaptureIndex.PostKey(path, body), position), "POST " + path);
        }

        /// <summary>The body's <c>pagination.skip</c>; null when it has none or is not JSON.</summary>
        private static int? Skip(string json)
        {
            try
            {
                return RestJsonFields.Int(JObject.Parse(json), "pagination.skip");
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }
}
