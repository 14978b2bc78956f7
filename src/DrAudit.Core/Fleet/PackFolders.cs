using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DrAudit.Core.Packs;

namespace DrAudit.Core.Fleet
{
    /// <summary>
    /// The dated pack folders under one client's folder: <c>yyyy-MM-dd</c> for the first pack of a day (the audit's
    /// asOf in UTC), then <c>yyyy-MM-dd.2</c>, <c>.3</c>... An existing folder is never written over: the next free
    /// suffix is used. Packs order by date, then suffix.
    /// </summary>
    public static class PackFolders
    {
        // [0-9], not \d (which also matches other scripts' digits, such as 2026-11-01.٣), and a suffix of at most 9 digits, so
        // the number always parses: any other folder is not a pack folder of ours.
        private static readonly Regex FolderName = new Regex(@"^([0-9]{4}-[0-9]{2}-[0-9]{2})(?:\.([2-9]|[1-9][0-9]{1,8}))?$", RegexOptions.CultureInvariant);

        /// <summary>The date part of a pack folder's name: the asOf's UTC date.</summary>
        public static string DateName(DateTimeOffset asOf) => asOf.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        /// <summary>The newest pack (holding a readiness.json) in <paramref name="clientFolder"/> dated on or before
        /// <paramref name="date"/> (yyyy-MM-dd); null when there is none.</summary>
        public static string? Previous(string clientFolder, string date)
        {
            if (!Directory.Exists(clientFolder)) return null;
            return Directory.GetDirectories(clientFolder)
                .Select(path => (Path: path, Order: Order(Path.GetFileName(path))))
                .Where(f => f.Order != null && string.CompareOrdinal(f.Order.Value.Date, date) <= 0)
                .Where(f => File.Exists(Path.Combine(f.Path, JsonPackRenderer.ReadinessFile)))
                .OrderBy(f => f.Order!.Value.Date, StringComparer.Ordinal).ThenBy(f => f.Order!.Value.Number)
                .Select(f => f.Path)
                .LastOrDefault();
        }

        /// <summary>Every dated pack folder directly in <paramref name="clientFolder"/> (whatever it holds), ordered by
        /// date then suffix, with the date of its name; empty when the folder does not exist.</summary>
        public static IReadOnlyList<(string Path, string Date)> Dated(string clientFolder)
        {
            if (!Directory.Exists(clientFolder)) return Array.Empty<(string, string)>();
            return Directory.GetDirectories(clientFolder)
                .Select(path => (Path: path, Order: Order(Path.GetFileName(path))))
                .Where(f => f.Order != null)
                .OrderBy(f => f.Order!.Value.Date, StringComparer.Ordinal).ThenBy(f => f.Order!.Value.Number)
                .Select(f => (f.Path, f.Order!.Value.Date))
                .ToList();
        }

        /// <summary>The first of <c>date</c>, <c>date.2</c>, <c>date.3</c>... under <paramref name="parent"/> that neither
        /// exists nor is in <paramref name="reserved"/> (full paths another writer of this run has claimed), added to it.</summary>
        public static string Reserve(string parent, string date, ISet<string> reserved)
        {
            for (int n = 1; ; n++)
            {
                var path = Path.GetFullPath(Path.Combine(parent, n == 1 ? date : date + "." + n.ToString(CultureInfo.InvariantCulture)));
                if (Directory.Exists(path) || File.Exists(path) || reserved.Contains(path)) continue;
                reserved.Add(path);
                return path;
            }
        }

        private static (string Date, int Number)? Order(string name)
        {
            var match = FolderName.Match(name);
            if (!match.Success) return null;
            var number = match.Groups[2].Success ? int.Parse(match.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture) : 1;
            return (match.Groups[1].Value, number);
        }
    }
}
