using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DrAudit.Core.Packs;
using DrAudit.Core.Packs.Html;

namespace DrAudit.Core.Renewal
{
    /// <summary>What every client-facing text of a renewal pack passes through: for the client audience, paths of the
    /// auditing machine made relative or removed (<see cref="LocalPaths"/>); host names redacted when asked.</summary>
    internal static class RenewalText
    {
        public static Func<string, string>? Filter(HtmlReportOptions options, IEnumerable<string?> localRoots)
        {
            var paths = options.Audience == ReportAudience.Client ? Paths(localRoots) : null;
            var hosts = options.RedactHosts;
            if (paths == null && !hosts) return null;
            return text =>
            {
                var scrubbed = paths == null ? text : paths.Scrub(text);
                return hosts ? HostNames.Redact(scrubbed) : scrubbed;
            };
        }

        /// <summary>The pack root ("&lt;packs&gt;"), the temporary folder, the user's profile and the working folder.</summary>
        public static LocalPaths Paths(IEnumerable<string?> localRoots) =>
            new LocalPaths(localRoots.Select(r => (r, "<packs>")).Concat(new (string?, string)[]
            {
                (Path.GetTempPath(), "<temp>"),
                (Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), "~"),
                (SafeCurrentDirectory(), "."),
            }));

        private static string? SafeCurrentDirectory()
        {
            try { return Directory.GetCurrentDirectory(); }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is NotSupportedException) { return null; }
        }
    }
}
