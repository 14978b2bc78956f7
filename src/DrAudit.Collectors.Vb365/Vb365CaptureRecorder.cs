using System;
using System.Threading;
using DrAudit.Core.Sources.Rest;
using Newtonsoft.Json.Linq;

namespace DrAudit.Collectors.Vb365
{
    /// <summary>Passes requests to the live API and saves every answer into a capture folder (the core's
    /// <see cref="CaptureResponseFiles"/>) that <see cref="Vb365CaptureApi"/> reads back. Only bodies are saved: never a
    /// token, never the Authorization header.</summary>
    internal sealed class Vb365CaptureRecorder : IVb365Api
    {
        private const string ApiPrefix = "/" + Vb365LiveApi.Version + "/";
        private readonly IVb365Api _inner;
        private readonly string _folder;
        private readonly CaptureResponseFiles _files;
        private readonly Vb365CaptureIndex _index = new Vb365CaptureIndex();

        public Vb365CaptureRecorder(IVb365Api inner, string folder, DateTimeOffset capturedAt, string organization)
        {
            _inner = inner;
            _folder = folder;
            _index.CapturedAt = capturedAt;
            _index.Organization = organization;
            _files = new CaptureResponseFiles(folder);
        }

        public JToken Get(string pathAndQuery, CancellationToken cancellation)
        {
            var body = _inner.Get(pathAndQuery, cancellation);
            _files.Save(pathAndQuery, CaptureResponseFiles.Slug(pathAndQuery, ApiPrefix), body);
            return body;
        }

        /// <summary>Writes <c>index.json</c>; call once every request is done.</summary>
        public void Complete()
        {
            _index.Responses.AddRange(_files.Responses);
            _index.Write(_folder);
        }
    }
}
