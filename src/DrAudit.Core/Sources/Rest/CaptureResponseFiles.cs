using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace DrAudit.Core.Sources.Rest
{
    /// <summary>The response files a live REST read records into a capture folder, in the layout
    /// <see cref="CapturedResponses"/> reads back: each answer's body (indented, UTF-8) in a numbered file named after its
    /// request ("0004-sessions-ab12-taskSessions.json"), and the request each file answers, for the index. Only bodies are
    /// saved: never a token, never a header.</summary>
    public sealed class CaptureResponseFiles
    {
        private readonly string _folder;

        /// <summary>Records into <paramref name="folder"/>, created when missing.</summary>
        public CaptureResponseFiles(string folder)
        {
            _folder = folder ?? throw new ArgumentNullException(nameof(folder));
            Directory.CreateDirectory(folder);
        }

        /// <summary>Request key and file name of every answer saved, in order (the index's responses).</summary>
        public List<KeyValuePair<string, string>> Responses { get; } = new List<KeyValuePair<string, string>>();

        /// <summary>Saves <paramref name="body"/> as the next numbered file, named after <paramref name="name"/>, and
        /// indexes it under <paramref name="key"/>.</summary>
        public void Save(string key, string name, JToken body)
        {
            var file = (Responses.Count + 1).ToString("0000", CultureInfo.InvariantCulture) + "-" + name + ".json";
            File.WriteAllText(Path.Combine(_folder, file), body.ToString(Formatting.Indented) + "\n", new UTF8Encoding(false));
            Responses.Add(new KeyValuePair<string, string>(key, file));
        }

        /// <summary>"/api/v1/sessions/ab12/taskSessions?skip=0" less <paramref name="apiPrefix"/> "/api/v1/" ->
        /// "sessions-ab12-taskSessions": the path (no query, no API prefix) with every other character than a letter or digit
        /// a dash, at most 60 characters.</summary>
        public static string Slug(string pathAndQuery, string apiPrefix)
        {
            var q = pathAndQuery.IndexOf('?');
            var path = q < 0 ? pathAndQuery : pathAndQuery.Substring(0, q);
            if (path.StartsWith(apiPrefix, StringComparison.Ordinal)) path = path.Substring(apiPrefix.Length);
            var sb = new StringBuilder();
            foreach (var c in path) sb.Append(char.IsLetterOrDigit(c) ? c : '-');
            var slug = sb.ToString().Trim('-');
            return slug.Length > 60 ? slug.Substring(0, 60) : slug;
        }
    }
}
