using System.Threading;
using Newtonsoft.Json.Linq;

namespace DrAudit.Collectors.Veeam
{
    /// <summary>Answers read requests of the VBR REST API (GET, and the inventory browser's POST searches): live, from a
    /// capture folder, or live while recording one.</summary>
    internal interface IVeeamApi
    {
        /// <summary>The x-api-version the answers are in.</summary>
        string ApiVersion { get; }

        /// <summary>The parsed JSON body of GET <paramref name="pathAndQuery"/> (e.g. <c>/api/v1/jobs?skip=0&amp;limit=200</c>).</summary>
        JToken Get(string pathAndQuery, CancellationToken cancellation);

        /// <summary>The parsed JSON body of a POST that only reads (the inventory browser: <c>/api/v1/inventory</c> with
        /// filters, sorting and pagination in <paramref name="body"/>).</summary>
        JToken Post(string path, JObject body, CancellationToken cancellation);
    }
}
