using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace DrAudit.Collectors.Vb365
{
    /// <summary>Passes requests to the live API and saves every answer into a capture folder that
    /// <see cref="Vb365CaptureApi"/> reads back. Only GET bodies are saved: never a token, never the Authorization header.</summary>
    internal sealed class Vb365CaptureRecorder : IVb365Api
    {
        private readonly IVb365Api _inner;
        private readonly string _folder;
        private readonly Vb365CaptureIndex _index = new Vb365CaptureIndex();

        public Vb365CaptureRecorder(IVb365Api inner, string folder, DateTimeOffset capturedAt, string organization)
        {
            _inner = inner;
            _folder = folder;
            _index.CapturedAt = capturedAt;
            _index.Organization = organization;
            Directory.CreateDirectory(folder);
        }

        public JToken Get(string pathAndQuery, CancellationToken cancellation)
        {
            var body = _inner.Get(pathAndQuery, cancellation);
            var file = (_index.Responses.Count + 1).ToString("0000", CultureInfo.InvariantCulture) + "-" + Slug(pathAndQuery) + ".json";
            File.WriteAllText(Path.Combine(_folder, file), body.ToString(Formatting.Indented) + "\n", new UTF8Encoding(false));
            _index.Responses.Add(new KeyValuePair<string, string>(pathAndQuery, file));
            return body;
        }

        /// <summary>Writes <c>index.json</c>; call once every request is done.</summary>
        public void Complete() => _index.Write(_folder);

        /// <summary>"/v8/Jobs/ab12/SelectedItems?offset=0" -> "Jobs-ab12-SelectedItems".</summary>
        private static string Slug(string pathAndQuery)
        {
            var q = pathAndQuery.IndexOf('?');
            var path = q < 0 ? pathAndQuery : pathAndQuery.Substring(0, q);
            if (path.StartsWith("/" + Vb365LiveApi.Version + "/", StringComparison.Ordinal)) path = path.Substring(Vb365LiveApi.Version.Length + 2);
            var sb = new StringBuilder();
            foreach (var c in path) sb.Append(char.IsLetterOrDigit(c) ? c : '-');
            var slug = sb.ToString().Trim('-');
            return slug.Length > 60 ? slug.Substring(0, 60) : slug;
        }
    }
}
