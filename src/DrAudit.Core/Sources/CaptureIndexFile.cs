using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using DrAudit.Core.Loading.Files;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace DrAudit.Core.Sources
{
    /// <summary>
    /// The index a REST collector's capture folder is replayed from (<c>index.json</c>): its format, when it was
    /// captured, which file holds the answer to which request, and the collector's own header values (an API version,
    /// an organization). Read as untrusted input (size- and depth-bounded, UTF-8 checked, files only inside the folder)
    /// and written the same way by every collector that captures REST answers (Veeam B&amp;R, Veeam Backup for
    /// Microsoft 365), so they cannot drift apart.
    /// </summary>
    public sealed class CaptureIndexFile
    {
        public const string FileName = "index.json";

        public CaptureIndexFile(string format)
        {
            Format = format;
        }

        public string Format { get; }
        public DateTimeOffset? CapturedAt { get; set; }
        /// <summary>The collector's own values (apiVersion, organization...), kept in the order written.</summary>
        public JObject Header { get; private set; } = new JObject();
        public List<KeyValuePair<string, string>> Responses { get; } = new List<KeyValuePair<string, string>>();

        /// <summary>Reads <paramref name="folder"/>'s index; throws <see cref="CaptureIndexException"/> when the folder or the index is missing,
        /// not JSON, of another <paramref name="format"/> (<paramref name="product"/> names the capture in the message), or
        /// names a response file outside the folder.</summary>
        public static CaptureIndexFile Read(string folder, string format, string product)
        {
            if (!Directory.Exists(folder)) throw new CaptureIndexException("the capture folder " + folder + " does not exist.");
            var path = Path.Combine(folder, FileName);
            if (!File.Exists(path)) throw new CaptureIndexException("the capture folder " + folder + " has no " + FileName + ".");
            JObject json;
            try
            {
                using (var reader = new JsonTextReader(InputFile.OpenText(path, InputLimits.CaptureFileBytes, "the capture file")) { DateParseHandling = DateParseHandling.None, MaxDepth = InputLimits.NestingDepth })
                    json = JObject.Load(reader);
            }
            catch (JsonException e)
            {
                throw new CaptureIndexException("malformed capture: " + path + " is not valid JSON (" + e.Message.TrimEnd('.') + ").", e);
            }
            catch (InputFileException e)
            {
                throw new CaptureIndexException("malformed capture: " + e.Problem.Message, e);
            }
            catch (DecoderFallbackException e)
            {
                throw new CaptureIndexException("malformed capture: " + InputFile.LocateBadEncoding(path), e);
            }
            if (json.Value<string>("format") != format)
                throw new CaptureIndexException("malformed capture: " + path + " is not a " + product + " capture index (format must be '" + format + "').");
            var index = new CaptureIndexFile(format) { Header = json };
            if (DateTimeOffset.TryParse(json.Value<string>("capturedAt"), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at))
                index.CapturedAt = at;
            foreach (var entry in json["responses"] as JArray ?? new JArray())
            {
                var request = entry.Value<string>("request");
                var file = entry.Value<string>("file");
                if (string.IsNullOrEmpty(request) || string.IsNullOrEmpty(file) || Path.IsPathRooted(file) || file!.Contains(".."))
                    throw new CaptureIndexException("malformed capture: " + path + " has a response entry without a request and a file inside the folder.");
                index.Responses.Add(new KeyValuePair<string, string>(request!, file));
            }
            return index;
        }

        /// <summary>The path of the index in <paramref name="folder"/>, for messages.</summary>
        public static string PathIn(string folder) => Path.Combine(folder, FileName);

        /// <summary>Writes the index: format, the header values, capturedAt, responses.</summary>
        public void Write(string folder)
        {
            var json = new JObject { ["format"] = Format };
            foreach (var property in Header.Properties())
                if (property.Name != "format" && property.Name != "capturedAt" && property.Name != "responses") json[property.Name] = property.Value;
            json["capturedAt"] = CapturedAt?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            json["responses"] = new JArray(Responses.Select(r => new JObject { ["request"] = r.Key, ["file"] = r.Value }));
            File.WriteAllText(Path.Combine(folder, FileName), json.ToString(Formatting.Indented) + "\n", new UTF8Encoding(false));
        }
    }
}
