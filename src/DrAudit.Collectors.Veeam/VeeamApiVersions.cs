using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace DrAudit.Collectors.Veeam
{
    /// <summary>The x-api-version revisions of the VBR REST API v1 this collector reads, and what differs between them.</summary>
    public static class VeeamApiVersions
    {
        /// <summary>Newest first: 1.3 (VBR 13), 1.2 (12.3, 12.3.1), 1.1 (12.0 to 12.2).</summary>
        public static IReadOnlyList<string> Known { get; } = new[] { "1.3-rev2", "1.3-rev1", "1.3-rev0", "1.2-rev1", "1.2-rev0", "1.1-rev2", "1.1-rev1", "1.1-rev0" };

        public static string Newest => Known[0];

        // [0-9], not \d (which also matches other scripts' digits, such as 1.٣-rev0), and at most 9 digits a number, so each
        // number of a well-formed revision parses as an int: anything else is not a revision.
        private static readonly Regex Form = new Regex(@"^v?([0-9]{1,9})\.([0-9]{1,9})-rev([0-9]{1,9})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        private static readonly Regex Mention = new Regex(@"\bv?([0-9]{1,9}\.[0-9]{1,9}-rev[0-9]{1,9})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        public static bool IsWellFormed(string? version) => version != null && Form.IsMatch(version.Trim());

        /// <summary>Orders revisions: negative when <paramref name="a"/> is older than <paramref name="b"/>.</summary>
        public static int Compare(string a, string b)
        {
            var x = Form.Match(a.Trim());
            var y = Form.Match(b.Trim());
            if (!x.Success || !y.Success) return string.CompareOrdinal(a, b);
            for (int i = 1; i <= 3; i++)
            {
                var c = int.Parse(x.Groups[i].Value, System.Globalization.CultureInfo.InvariantCulture)
                    .CompareTo(int.Parse(y.Groups[i].Value, System.Globalization.CultureInfo.InvariantCulture));
                if (c != 0) return c;
            }
            return 0;
        }

        /// <summary>Restore points are <c>/objectRestorePoints</c> up to 1.2-rev0 and <c>/restorePoints</c> from 1.2-rev1.</summary>
        public static string RestorePointsPath(string version) =>
            Compare(version, "1.2-rev1") >= 0 ? "/api/v1/restorePoints" : "/api/v1/objectRestorePoints";

        /// <summary>Agent protection groups and the computers they discover are listed from 1.3 (VBR 13).</summary>
        public static bool HasProtectionGroups(string version) => Compare(version, "1.3-rev0") >= 0;

        /// <summary>Hyper-V servers and their virtual machines are in the inventory browser (<c>POST /inventory</c>,
        /// <c>POST /inventory/{hostname}</c>, platform <c>HyperV</c>) from 1.3; 1.2 documents those requests for vSphere and
        /// Cloud Director objects only, and 1.1 has no Hyper-V inventory request at all.</summary>
        public static bool HasHyperVInventory(string version) => Compare(version, "1.3-rev0") >= 0;

        /// <summary>Revisions named in a server's "Unsupported RESTAPI version. The following versions are supported: v1.0-rev1, ..." message.</summary>
        public static IReadOnlyList<string> MentionedIn(string? message) =>
            message == null ? Array.Empty<string>() : Mention.Matches(message).Cast<Match>().Select(m => m.Groups[1].Value.ToLowerInvariant()).Distinct().ToList();
    }
}
