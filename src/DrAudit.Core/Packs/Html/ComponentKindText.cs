using System;
using System.Collections.Generic;

namespace DrAudit.Core.Packs.Html
{
    /// <summary>A component's kind as the client reads it ("Microsoft 365 mailbox", "cloud service"), not the definition's
    /// keyword ("m365-mailbox", "saas"). A kind this table does not know is shown as a plain label.</summary>
    public static class ComponentKindText
    {
        private static readonly Dictionary<string, string> Words = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["server"] = "server",
            ["database"] = "database",
            ["file-share"] = "file share",
            ["m365-mailbox"] = "Microsoft 365 mailbox",
            ["m365-site"] = "SharePoint site",
            ["m365-onedrive"] = "OneDrive",
            ["saas"] = "cloud service",
            ["identity"] = "sign-in and identity",
            ["network"] = "network",
            ["keys"] = "keys and secrets",
            ["licence"] = "licensing",
            ["vendor"] = "supplier",
            ["other"] = "other",
        };

        /// <summary>True when <paramref name="kind"/> (the definition's keyword) has words of its own here.</summary>
        internal static bool Knows(string kind) => Words.ContainsKey(kind);

        public static string Of(string? kind)
        {
            if (string.IsNullOrWhiteSpace(kind)) return "";
            return Words.TryGetValue(kind!.Trim(), out var words) ? words : ReportFormat.Label(kind).ToLowerInvariant();
        }
    }
}
