using System.Threading;
using Newtonsoft.Json.Linq;

namespace DrAudit.Collectors.Veeam
{
    /// <summary>Answers GET requests of the VBR REST API: live, from a capture folder, or live while recording one.</summary>
    internal interface IVeeamApi
    {
        /// <summary>The x-api-version the answers are in.</summary>
        string ApiVersion { get; }

        /// <summary>The parsed JSON body of GET <paramref name="pathAndQuery"/> (e.g. <c>/api/v1/jobs?skip=0&amp;limit=200</c>).</summary>
        JToken Get(string pathAndQuery, CancellationToken cancellation);
    }
}
