using System;
using System.Collections.Generic;
using DrAudit.Core.Sources;
using Newtonsoft.Json.Linq;

namespace DrAudit.Collectors.Vb365
{
    /// <summary>The index of a VB365 capture folder (<c>index.json</c>): which file holds the answer to which GET.
    /// <code>{ "format": "draudit-vb365-capture/1", "apiVersion": "v8", "organization": "contoso.onmicrosoft.com", "capturedAt": "...",
    ///   "responses": [ { "request": "/v8/JobSessions?offset=0&amp;limit=100", "file": "0004-JobSessions.json" } ] }</code>
    /// Each response file is the body as the server sent it (indented). No token, password or Authorization header is
    /// saved. Read and written by the core's <see cref="CaptureIndexFile"/>; this class adds the API version and the
    /// organization.</summary>
    internal sealed class Vb365CaptureIndex
    {
        public const string FileName = CaptureIndexFile.FileName;
        public const string Format = SourceCaptureWriter.Vb365CaptureFormat;

        public string ApiVersion { get; set; } = Vb365LiveApi.Version;
        public string? Organization { get; set; }
        public DateTimeOffset? CapturedAt { get; set; }
        public List<KeyValuePair<string, string>> Responses { get; } = new List<KeyValuePair<string, string>>();

        /// <summary>Reads <paramref name="folder"/>'s index; throws <see cref="CaptureIndexException"/> when it is missing or
        /// malformed, as the collection's frame reports it.</summary>
        public static Vb365CaptureIndex Read(string folder)
        {
            var file = CaptureIndexFile.Read(folder, Format, "Veeam Backup for Microsoft 365");
            var index = new Vb365CaptureIndex
            {
                ApiVersion = file.Header.Value<string>("apiVersion") ?? Vb365LiveApi.Version,
                Organization = file.Header.Value<string>("organization"),
                CapturedAt = file.CapturedAt,
            };
            index.Responses.AddRange(file.Responses);
            return index;
        }

        public void Write(string folder)
        {
            var file = new CaptureIndexFile(Format) { CapturedAt = CapturedAt };
            file.Header["apiVersion"] = ApiVersion;
            file.Header["organization"] = Organization;
            file.Responses.AddRange(Responses);
            file.Write(folder);
        }
    }
}
