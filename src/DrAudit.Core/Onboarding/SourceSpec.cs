using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DrAudit.Core.Model.Definition;

namespace DrAudit.Core.Onboarding
{
    /// <summary>
    /// A source named on the command line for <c>draudit init</c> / <c>New-DrClientDefinition</c>: the keys of a
    /// client definition's source entry as <c>key=value</c> pairs separated by commas, e.g.
    /// <c>type=veeam,id=veeam-main,capture=./veeam-capture</c> or <c>type=veeam,url=https://vbr01:9419,env=VBR_USER,passwordEnv=VBR_PASS</c>.
    /// Credentials are only ever names (<c>secret</c>, <c>env</c>, <c>passwordEnv</c>): a key that would carry a secret
    /// is not a key here, and a URL with a user name or password is refused (docs/onboarding.md).
    /// </summary>
    public static class SourceSpec
    {
        private static readonly string[] Keys =
        {
            "id", "type", "url", "capture", "path", "tenantId", "clientId", "cloud", "endpoint", "authorityHost", "organization",
            "certificateThumbprint", "apiVersion", "secret", "env", "passwordEnv",
        };
        private static readonly string[] Types = Loading.Definition.SourceReader.Types;
        private static readonly string[] Clouds = Loading.Definition.SourceReader.Clouds;
        private static readonly Regex IdPattern = new Regex("^[a-z0-9-]+$", RegexOptions.CultureInvariant);

        /// <summary>Parses one spec; relative <c>capture</c>/<c>path</c> resolve against <paramref name="baseFolder"/>.
        /// Throws <see cref="ArgumentException"/> saying what is wrong (never echoing a value that might be a secret).</summary>
        public static SourceDefinition Parse(string spec, string baseFolder)
        {
            if (string.IsNullOrWhiteSpace(spec)) throw new ArgumentException("A source is empty; give key=value pairs such as type=veeam,capture=./veeam-capture.");
            var pairs = new List<KeyValuePair<string, string>>();
            var parts = spec.Split(',');
            for (var i = 0; i < parts.Length; i++)
            {
                var part = parts[i];
                var equals = part.IndexOf('=');
                if (equals <= 0)
                    throw new ArgumentException("Part " + (i + 1) + " of a source is not key=value (it is not shown, in case it is a secret); " +
                        "write a source as type=veeam,capture=./veeam-capture (keys: " + string.Join(", ", Keys) + ").");
                pairs.Add(new KeyValuePair<string, string>(part.Substring(0, equals).Trim(), part.Substring(equals + 1).Trim()));
            }
            return FromPairs(pairs, baseFolder);
        }

        /// <summary>The same from pairs already split (a PowerShell hashtable).</summary>
        public static SourceDefinition FromPairs(IEnumerable<KeyValuePair<string, string>> pairs, string baseFolder)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var pair in pairs)
            {
                var key = Keys.FirstOrDefault(k => string.Equals(k, pair.Key, StringComparison.OrdinalIgnoreCase))
                    ?? throw new ArgumentException("A source has the key '" + Shown(pair.Key) + "', which is not one of " + string.Join(", ", Keys) +
                        ". Credentials are given by name only (secret=<SecretManagement name>, or env=<variable>,passwordEnv=<variable>).");
                if (values.ContainsKey(key)) throw new ArgumentException("A source gives '" + key + "' more than once.");
                if (pair.Value.Length == 0) throw new ArgumentException("A source's '" + key + "' is empty.");
                values[key] = pair.Value;
            }
            if (!values.TryGetValue("type", out var type))
                throw new ArgumentException("A source needs type=" + string.Join("|", Types) + ".");
            type = type.ToLowerInvariant();
            if (!Types.Contains(type)) throw new ArgumentException("A source's type is '" + Shown(type) + "'; expected one of " + string.Join(", ", Types) + ".");
            var source = new SourceDefinition { Type = type };
            source.Id = values.TryGetValue("id", out var id) ? id : "";
            if (source.Id.Length > 0 && !IdPattern.IsMatch(source.Id))
                throw new ArgumentException("A source's id '" + Shown(source.Id) + "' is not an id (lowercase letters, digits and -).");
            source.Url = Url(values, "url");
            source.Endpoint = Url(values, "endpoint");
            source.AuthorityHost = Url(values, "authorityHost");
            source.Capture = Folder(values, "capture", baseFolder);
            source.Path = Folder(values, "path", baseFolder);
            source.TenantId = Get(values, "tenantId");
            source.ClientId = Get(values, "clientId");
            source.CertificateThumbprint = Get(values, "certificateThumbprint");
            source.ApiVersion = Get(values, "apiVersion");
            source.Organization = Get(values, "organization");
            source.Cloud = Get(values, "cloud");
            if (source.Cloud != null && !Clouds.Contains(source.Cloud))
                throw new ArgumentException("A source's cloud is '" + Shown(source.Cloud) + "'; expected one of " + string.Join(", ", Clouds) + ".");
            var secret = Get(values, "secret");
            var env = Get(values, "env");
            var passwordEnv = Get(values, "passwordEnv");
            if (secret != null && (env != null || passwordEnv != null))
                throw new ArgumentException("A source names either a secret (secret=name) or environment variables (env=VAR,passwordEnv=VAR), not both.");
            if (passwordEnv != null && env == null)
                throw new ArgumentException("A source gives passwordEnv without env; give env=<variable holding the user name>.");
            if (secret != null || env != null) source.Credential = new CredentialReference { Secret = secret, Env = env, PasswordEnv = passwordEnv };

            var live = source.Capture == null;
            switch (type)
            {
                case SourceDefinition.InventoryType when source.Path == null && live:
                    throw new ArgumentException("An inventory source needs path=<an inventory .json file or CSV folder> (or capture=<folder>).");
                case SourceDefinition.VeeamType when source.Url == null && live:
                    throw new ArgumentException("A veeam source needs url=https://<server>:9419 (or capture=<folder>).");
                case SourceDefinition.M365Type when live && (source.TenantId == null || source.ClientId == null):
                    throw new ArgumentException("An m365 source needs tenantId=<id> and clientId=<id> (or capture=<folder>).");
                case SourceDefinition.Vb365Type when source.Url == null && live:
                    throw new ArgumentException("A vb365 source needs url=https://<server>:4443 (or capture=<folder>), and organization=<name or id>.");
                case SourceDefinition.Vb365Type when source.Organization == null:
                    throw new ArgumentException("A vb365 source needs organization=<the Microsoft 365 organization's name, e.g. contoso.onmicrosoft.com, or id>.");
            }
            return source;
        }

        /// <summary>Gives every source without an id one from its type ("veeam", then "veeam-2"), and refuses duplicates.</summary>
        public static void AssignIds(IList<SourceDefinition> sources)
        {
            var taken = new HashSet<string>(sources.Where(s => s.Id.Length > 0).Select(s => s.Id), StringComparer.Ordinal);
            if (taken.Count != sources.Count(s => s.Id.Length > 0))
                throw new ArgumentException("Two sources have the same id; give each its own id=.");
            foreach (var source in sources.Where(s => s.Id.Length == 0))
            {
                var id = source.Type;
                for (var n = 2; taken.Contains(id); n++) id = source.Type + "-" + n;
                source.Id = id;
                taken.Add(id);
            }
        }

        private static string? Get(Dictionary<string, string> values, string key) => values.TryGetValue(key, out var v) ? v : null;

        private static string? Url(Dictionary<string, string> values, string key)
        {
            var text = Get(values, key);
            if (text == null) return null;
            if (Loading.Definition.SourceReader.HasUserInfo(text))
                throw new ArgumentException("A source's " + key + " carries a user name or password (user:password@host); DrAudit never takes credentials in a URL. " +
                    "Give the credential by name (secret=, or env= and passwordEnv=) instead. The value is not shown.");
            if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)) return text;
            throw new ArgumentException("A source's " + key + " is '" + Shown(text) + "'; expected an absolute http(s) URL such as https://vbr01.example.local:9419.");
        }

        private static string? Folder(Dictionary<string, string> values, string key, string baseFolder)
        {
            var text = Get(values, key);
            if (text == null) return null;
            try
            {
                return Path.GetFullPath(Path.Combine(baseFolder, text));
            }
            catch (Exception e) when (e is ArgumentException || e is NotSupportedException || e is PathTooLongException)
            {
                throw new ArgumentException("A source's " + key + " is not a valid path: " + e.Message);
            }
        }

        /// <summary>Echoed text, cut short: specs are typed by people, but a stray paste must not flood the console.</summary>
        private static string Shown(string text) => text.Length <= 80 ? text : text.Substring(0, 77) + "...";
    }
}
