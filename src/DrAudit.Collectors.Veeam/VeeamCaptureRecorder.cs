using System;
using System.Threading;
using DrAudit.Core.Sources.Rest;
using Newtonsoft.Json.Linq;

namespace DrAudit.Collectors.Veeam
{
    /// <summary>Passes requests to a live API and saves every answer into a capture folder (the core's
    /// <see cref="CaptureResponseFiles"/>) that <see cref="VeeamCaptureApi"/> reads back. Only bodies are saved: never a
    /// token, never the Authorization header.</summary>
    internal sealed class VeeamCaptureRecorder : IVeeamApi
    {
        private const string ApiPrefix = "/api/v1/";
        private readonly IVeeamApi _inner;
        private readonly string _folder;
        private readonly CaptureResponseFiles _files;
        private readonly VeeamCaptureIndex _index = new VeeamCaptureIndex();

        public VeeamCaptureRecorder(IVeeamApi inner, string folder, DateTimeOffset capturedAt)
        {
            _inner = inner;
            _folder = folder;
            _index.CapturedAt = capturedAt;
            _files = new CaptureResponseFiles(folder);
        }

        public string ApiVersion => _inner.ApiVersion;

        public JToken Get(string pathAndQuery, CancellationToken cancellation)
        {
            var body = _inner.Get(pathAndQuery, cancellation);
            _files.Save(pathAndQuery, CaptureResponseFiles.Slug(pathAndQuery, ApiPrefix), body);
            return body;
        }

        public JToken Post(string path, JObject body, CancellationToken cancellation)
        {
            var answer = _inner.Post(path, body, cancellation);
            _files.Save(VeeamCaptureIndex.PostKey(path, body), "post-" + CaptureResponseFiles.Slug(path, ApiPrefix), answer);
            return answer;
        }

        /// <summary>Writes <c>index.json</c>; call once every request is done.</summary>
        public void Complete()
        {
            _index.ApiVersion = _inner.ApiVersion;
            _index.Responses.AddRange(_files.Responses);
            _index.Write(_folder);
        }
    }
}
