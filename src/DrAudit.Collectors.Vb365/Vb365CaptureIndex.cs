using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using DrAudit.Core.Loading.Files;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace DrAudit.Collectors.Vb365
{
    /// <summary>The index of a VB365 capture folder (<c>index.json</c>): which file holds the answer to which GET.
    /// <code>{ "format": "draudit-vb365-capture/1", "apiVersion": "v8", "organization": "contoso.onmicrosoft.com", "capturedAt": "...",
    ///   "responses": [ { "request": "/v8/JobSessions?offset=0&amp;limit=100", "file": "0004-JobSessions.json" } ] }</code>
    /// Each response file is the body as the server sent it (indented). No token, password or Authorization header is saved.</summary>
    internal sealed class Vb365CaptureIndex
    {
        public const string FileName = "index.json";
        public const string Format = DrAudit.Core.Sources.SourceCaptureWriter.Vb365CaptureFormat;

        public string ApiVersion { get; set; } = Vb365LiveApi.Version;
        public string? Organization { get; set; }
        public DateTimeOffset? CapturedAt { get; set; }
        public List<KeyValuePair<string, string>> Responses { get; } = new List<KeyValuePair<string, string>>();

        public static Vb365CaptureIndex Read(string folder)
        {
            var path = Path.Combine(folder, FileName);
            if (!File.Exists(path)) throw new Vb365SourceException("the capture folder " + folder + " has no " + FileName + ".");
            JObject json;
            try
            {
                using (var reader = new JsonTextReader(InputFile.OpenText(path, InputLimits.CaptureFileBytes, "the capture file")) { DateParseHandling = DateParseHandling.None, MaxDepth = InputLimits.NestingDepth })
                    json = JObject.Load(reader);
            }
            catch (JsonException e)
            {
                throw new Vb365SourceException("malformed capture: " + path + " is not valid JSON (" + e.Message.TrimEnd('.') + ").", e);
            }
            catch (InputFileException e)
            {
                throw new Vb365SourceException("malformed capture: " + e.Problem.Message, e);
            }
            catch (DecoderFallbackException e)
            {
                throw new Vb365SourceException("malformed capture: " + InputFile.LocateBadEncoding(path), e);
            }
            if (json.Value<string>("format") != Format)
                throw new Vb365SourceException("malformed capture: " + path + " is not a Veeam Backup for Microsoft 365 capture index (format must be '" + Format + "').");
            var index = new Vb365CaptureIndex { ApiVersion = json.Value<string>("apiVersion") ?? Vb365LiveApi.Version, Organization = json.Value<string>("organization") };
            if (DateTimeOffset.TryParse(json.Value<string>("capturedAt"), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at))
                index.CapturedAt = at;
            foreach (var entry in json["responses"] as JArray ?? new JArray())
            {
                var request = entry.Value<string>("request");
                var file = entry.Value<string>("file");
                if (string.IsNullOrEmpty(request) || string.IsNullOrEmpty(file) || Path.IsPathRooted(file) || file!.Contains(".."))
                    throw new Vb365SourceException("malformed capture: " + path + " has a response entry without a request and a file inside the folder.");
                index.Responses.Add(new KeyValuePair<string, string>(request!, file));
            }
            return index;
        }

        public void Write(string folder)
        {
            var json = new JObject
            {
                ["format"] = Format,
                ["apiVersion"] = ApiVersion,
                ["organization"] = Organization,
                ["capturedAt"] = CapturedAt?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                ["responses"] = new JArray(Responses.Select(r => new JObject { ["request"] = r.Key, ["file"] = r.Value })),
            };
            File.WriteAllText(Path.Combine(folder, FileName), json.ToString(Formatting.Indented) + "\n", new UTF8Encoding(false));
        }
    }
}
