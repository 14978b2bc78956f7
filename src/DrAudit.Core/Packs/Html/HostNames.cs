using System.Text.RegularExpressions;

namespace DrAudit.Core.Packs.Html
{
    /// <summary>Redacts host names and addresses from report text (<c>-Redact Hosts</c>): the host of a URL, IPv4 and
    /// IPv6 addresses, and dotted host names (vbr01.contoso.local). Names the client gave its own components and
    /// services are business names and stay.</summary>
    public static class HostNames
    {
        public const string HostMark = "[host]";
        public const string AddressMark = "[address]";

        private static readonly Regex Url = new Regex(@"(?i)\b([a-z][a-z0-9+.-]*://)(?:[^@/\s'""]*@)?(\[[0-9a-f:.]+\]|[^/:\s'""?#]+)", RegexOptions.CultureInvariant);
        private static readonly Regex IPv4 = new Regex(@"\b(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}\b", RegexOptions.CultureInvariant);
        private static readonly Regex IPv6 = new Regex(@"(?i)(?<![0-9a-f:])(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}(?![0-9a-f:])", RegexOptions.CultureInvariant);
        private static readonly Regex DottedHost = new Regex(
            @"(?i)\b[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.(?:local|lan|corp|internal|intranet|home|localdomain|domain|ad|private)\b" +
            @"|\b[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?){2,}\.[a-z]{2,24}\b",
            RegexOptions.CultureInvariant);

        public static string Redact(string? text)
        {
            if (string.IsNullOrEmpty(text)) return text ?? "";
            var result = Url.Replace(text, m => m.Groups[1].Value + HostMark);
            result = IPv4.Replace(result, AddressMark);
            result = IPv6.Replace(result, m => m.Value.Contains("::") || m.Value.Split(':').Length >= 4 ? AddressMark : m.Value);
            return DottedHost.Replace(result, HostMark);
        }
    }
}
