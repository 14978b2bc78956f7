using System;
using System.IO;
using System.Text;
using System.Threading;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace DrAudit.Collectors.Veeam
{
    /// <summary>Passes requests to a live API and saves every answer into a capture folder that
    /// <see cref="VeeamCaptureApi"/> reads back. Only GET bodies are saved: never a token, never the Authorization header.</summary>
    internal sealed class VeeamCaptureRecorder : IVeeamApi
    {
        private readonly IVeeamApi _inner;
        private readonly string _folder;
        private readonly VeeamCaptureIndex _index = new VeeamCaptureIndex();

        public VeeamCaptureRecorder(IVeeamApi inner, string folder, DateTimeOffset capturedAt)
        {
            _inner = inner;
            _folder = folder;
            _index.CapturedAt = capturedAt;
            Directory.CreateDirectory(folder);
        }

        public string ApiVersion => _inner.ApiVersion;

        public JToken Get(string pathAndQuery, CancellationToken cancellation)
        {
            var body = _inner.Get(pathAndQuery, cancellation);
            var file = (_index.Responses.Count + 1).ToString("0000", System.Globalization.CultureInfo.InvariantCulture) + "-" + Slug(pathAndQuery) + ".json";
            File.WriteAllText(Path.Combine(_folder, file), body.ToString(Formatting.Indented) + "\n");
            _index.Responses.Add(new System.Collections.Generic.KeyValuePair<string, string>(pathAndQuery, file));
            return body;
        }

        public JToken Post(string path, JObject body, CancellationToken cancellation)
        {
            var answer = _inner.Post(path, body, cancellation);
            var file = (_index.Responses.Count + 1).ToString("0000", System.Globalization.CultureInfo.InvariantCulture) + "-post-" + Slug(path) + ".json";
            File.WriteAllText(Path.Combine(_folder, file), answer.ToString(Formatting.Indented) + "\n");
            _index.Responses.Add(new System.Collections.Generic.KeyValuePair<string, string>(VeeamCaptureIndex.PostKey(path, body), file));
            return answer;
        }

        /// <summary>Writes <c>index.json</c>; call once every request is done.</summary>
        public void Complete()
        {
            _index.ApiVersion = _inner.ApiVersion;
            _index.Write(_folder);
        }

        /// <summary>"/api/v1/sessions/ab12/taskSessions?skip=0" -> "sessions-ab12-taskSessions".</summary>
        private static string Slug(string pathAndQuery)
        {
            var q = pathAndQuery.IndexOf('?');
            var path = (q < 0 ? pathAndQuery : pathAndQuery.Substring(0, q)).Replace("/api/v1/", "");
            var sb = new StringBuilder();
            foreach (var c in path) sb.Append(char.IsLetterOrDigit(c) ? c : '-');
            var slug = sb.ToString().Trim('-');
            return slug.Length > 60 ? slug.Substring(0, 60) : slug;
        }
    }
}
