using System;
using System.Collections.Generic;
using DrAudit.Core.Sources;
using DrAudit.Core.Sources.Rest;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace DrAudit.Collectors.Veeam
{
    /// <summary>The index of a Veeam capture folder (<c>index.json</c>): which file holds the response to which request.
    /// <code>{ "format": "draudit-veeam-capture/1", "apiVersion": "1.3-rev1", "capturedAt": "...",
    ///   "responses": [ { "request": "/api/v1/jobs?skip=0&amp;limit=200", "file": "0001-jobs.json" } ] }</code>
    /// Each response file is the parsed body as the server sent it (indented). No token or Authorization header is ever
    /// saved. Read and written by the core's <see cref="CaptureIndexFile"/>; this class adds the API revision.</summary>
    internal sealed class VeeamCaptureIndex
    {
        public const string FileName = SourceCaptureWriter.VeeamCaptureFile;
        public const string Format = SourceCaptureWriter.VeeamCaptureFormat;

        public string ApiVersion { get; set; } = VeeamApiVersions.Newest;
        public DateTimeOffset? CapturedAt { get; set; }
        public List<KeyValuePair<string, string>> Responses { get; } = new List<KeyValuePair<string, string>>();

        /// <summary>The request a POST answer is indexed under: <c>POST /api/v1/inventory {"pagination":{...},...}</c> (the
        /// body as compact JSON). GET requests are indexed by their path and query, which start with '/'.</summary>
        public static string PostKey(string path, JObject body) => "POST " + path + " " + body.ToString(Formatting.None);

        /// <summary>Reads <paramref name="folder"/>'s index; throws <see cref="CaptureIndexException"/> when it is missing or
        /// malformed, as the collection's frame reports it.</summary>
        public static VeeamCaptureIndex Read(string folder)
        {
            var file = CaptureIndexFile.Read(folder, Format, "Veeam");
            var index = new VeeamCaptureIndex { ApiVersion = file.Header.Value<string>("apiVersion") ?? "", CapturedAt = file.CapturedAt };
            if (!VeeamApiVersions.IsWellFormed(index.ApiVersion))
                throw new RestSourceException("malformed capture: " + CaptureIndexFile.PathIn(folder) + " names no apiVersion such as 1.3-rev1.");
            index.Responses.AddRange(file.Responses);
            return index;
        }

        public void Write(string folder)
        {
            var file = new CaptureIndexFile(Format) { CapturedAt = CapturedAt };
            file.Header["apiVersion"] = ApiVersion;
            file.Responses.AddRange(Responses);
            file.Write(folder);
        }
    }
}
