using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using DrAudit.Core.Loading.Files;
using DrAudit.Core.Sources;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace DrAudit.Collectors.Veeam
{
    /// <summary>The index of a Veeam capture folder (<c>index.json</c>): which file holds the response to which request.
    /// <code>{ "format": "draudit-veeam-capture/1", "apiVersion": "1.3-rev1", "capturedAt": "...",
    ///   "responses": [ { "request": "/api/v1/jobs?skip=0&amp;limit=200", "file": "0001-jobs.json" } ] }</code>
    /// Each response file is the parsed body as the server sent it (indented). No token or Authorization header is ever saved.</summary>
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

        public static VeeamCaptureIndex Read(string folder)
        {
            var path = Path.Combine(folder, FileName);
            if (!File.Exists(path)) throw new VeeamSourceException("the capture folder " + folder + " has no " + FileName + ".");
            JObject json;
            try
            {
                using (var reader = new JsonTextReader(InputFile.OpenText(path, InputLimits.CaptureFileBytes, "the capture file")) { DateParseHandling = DateParseHandling.None, MaxDepth = InputLimits.NestingDepth })
                    json = JObject.Load(reader);
            }
            catch (JsonException e)
            {
                throw new VeeamSourceException("malformed capture: " + path + " is not valid JSON (" + e.Message.TrimEnd('.') + ").", e);
            }
            catch (InputFileException e)
            {
                throw new VeeamSourceException("malformed capture: " + e.Problem.Message, e);
            }
            catch (DecoderFallbackException e)
            {
                throw new VeeamSourceException("malformed capture: " + InputFile.LocateBadEncoding(path), e);
            }
            if (json.Value<string>("format") != Format)
                throw new VeeamSourceException("malformed capture: " + path + " is not a Veeam capture index (format must be '" + Format + "').");
            var index = new VeeamCaptureIndex { ApiVersion = json.Value<string>("apiVersion") ?? "" };
            if (!VeeamApiVersions.IsWellFormed(index.ApiVersion))
                throw new VeeamSourceException("malformed capture: " + path + " names no apiVersion such as 1.3-rev1.");
            if (DateTimeOffset.TryParse(json.Value<string>("capturedAt"), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at))
                index.CapturedAt = at;
            foreach (var entry in json["responses"] as JArray ?? new JArray())
            {
                var request = entry.Value<string>("request");
                var file = entry.Value<string>("file");
                if (string.IsNullOrEmpty(request) || string.IsNullOrEmpty(file) || Path.IsPathRooted(file) || file!.Contains(".."))
                    throw new VeeamSourceException("malformed capture: " + path + " has a response entry without a request and a file inside the folder.");
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
                ["capturedAt"] = CapturedAt?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                ["responses"] = new JArray(Responses.Select(r => new JObject { ["request"] = r.Key, ["file"] = r.Value })),
            };
            File.WriteAllText(Path.Combine(folder, FileName), json.ToString(Formatting.Indented) + "\n");
        }
    }
}
