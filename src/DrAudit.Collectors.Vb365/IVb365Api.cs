using System.Threading;
using Newtonsoft.Json.Linq;

namespace DrAudit.Collectors.Vb365
{
    /// <summary>Answers GET requests to a VB365 REST API (path and query below the server root, e.g.
    /// <c>/v8/JobSessions?offset=0&amp;limit=100</c>): live, recorded into a capture, or replayed from one.</summary>
    internal interface IVb365Api
    {
        JToken Get(string pathAndQuery, CancellationToken cancellation);
    }
}
