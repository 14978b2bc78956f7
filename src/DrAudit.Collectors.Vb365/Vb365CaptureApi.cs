using System;
using System.Threading;
using DrAudit.Core.Sources.Rest;
using Newtonsoft.Json.Linq;

namespace DrAudit.Collectors.Vb365
{
    /// <summary>Answers requests from a capture folder (<see cref="Vb365CaptureIndex"/>, read by the core's
    /// <see cref="CapturedResponses"/>), so the same reader audits a copy. A request is found by its exact path and query;
    /// failing that, by its path and offset alone (a capture taken with another audit window or page size is re-read page
    /// by page, the offset advancing by the records each page holds; setId and filters are dropped).</summary>
    internal sealed class Vb365CaptureApi : IVb365Api
    {
        private readonly Vb365CaptureIndex _index;
        private readonly CapturedResponses _responses;

        public Vb365CaptureApi(string folder)
        {
            _index = Vb365CaptureIndex.Read(folder);
            _responses = new CapturedResponses(folder, _index.Responses);
        }

        public DateTimeOffset? CapturedAt => _index.CapturedAt;

        public JToken Get(string pathAndQuery, CancellationToken cancellation)
        {
            cancellation.ThrowIfCancellationRequested();
            return _responses.Load(_responses.Find(pathAndQuery, key => CapturedResponses.QueryPosition(key, "offset")), "GET " + pathAndQuery);
        }
    }
}
