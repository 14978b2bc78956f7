using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Packs
{
    /// <summary>Removes paths of the auditing machine from text a client reads (report.html, evidence.xlsx): a path
    /// under the client definition's folder becomes relative to it ("./veeam-capture"), one under the user's profile
    /// or the temporary folder loses that prefix ("~/...", "&lt;temp&gt;/..."), and any other user-profile path
    /// (C:\Users\name\..., /home/name/..., /Users/name/...) becomes "~".</summary>
    public sealed class LocalPaths
    {
        private static readonly Regex UserProfile = new Regex(
            @"(?i)(?:\b[a-z]:[\\/](?:users|documents and settings)[\\/][^\\/\s'""]+|/home/[^/\s'""]+|/Users/[^/\s'""]+|/root\b)",
            RegexOptions.CultureInvariant);

        private readonly List<(string Root, string Replacement)> _roots;

        public LocalPaths(IEnumerable<(string? Root, string Replacement)> roots)
        {
            _roots = roots
                .Where(r => !string.IsNullOrWhiteSpace(r.Root) && r.Root!.Trim().Length > 1)
                .Select(r => (Trim(r.Root!), r.Replacement))
                .Where(r => r.Item1.Length > 1)
                .GroupBy(r => r.Item1, StringComparer.OrdinalIgnoreCase).Select(g => g.First())
                .OrderByDescending(r => r.Item1.Length)
                .ToList();
            _variants = _roots
                .SelectMany(r => new[] { r.Root, r.Root.Replace('\\', '/'), r.Root.Replace('/', '\\') }
                    .Distinct(StringComparer.Ordinal).Select(v => (Variant: v, r.Replacement, HasSeparator: v.IndexOfAny(Separators) >= 0)))
                .ToList();
        }

        /// <summary>Every path this class replaces holds one of these; text without any is returned as it is
        /// (most cells of a large workbook), without running the user-profile expression.</summary>
        private static readonly char[] Separators = { '/', '\\' };

        /// <summary>Each root in the spellings it is looked for (as given, with '/', with '\\'), longest root first.</summary>
        private readonly List<(string Variant, string Replacement, bool HasSeparator)> _variants;

        /// <summary>The roots for a result: its client definition's folder ("."), the temporary folder, the user's
        /// profile ("~") and the working folder (".").</summary>
        public static LocalPaths For(ReadinessResult result)
        {
            var definition = result.Inputs?.Definition.FilePath;
            string? folder = null;
            try { folder = string.IsNullOrEmpty(definition) ? null : Path.GetDirectoryName(Path.GetFullPath(definition)); }
            catch (Exception e) when (e is ArgumentException || e is NotSupportedException || e is PathTooLongException) { }
            return new LocalPaths(new (string?, string)[]
            {
                (folder, "."),
                (Path.GetTempPath(), "<temp>"),
                (Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), "~"),
                (SafeCurrentDirectory(), "."),
            });
        }

        public string Scrub(string? text)
        {
            if (string.IsNullOrEmpty(text)) return text ?? "";
            var result = text!;
            var hasSeparator = result.IndexOfAny(Separators) >= 0;
            foreach (var (variant, replacement, variantHasSeparator) in _variants)
            {
                if (variantHasSeparator && !hasSeparator) continue;
                int at;
                var replaced = false;
                while ((at = result.IndexOf(variant, StringComparison.OrdinalIgnoreCase)) >= 0)
                {
                    result = result.Substring(0, at) + replacement + result.Substring(at + variant.Length);
                    replaced = true;
                }
                if (replaced) hasSeparator = result.IndexOfAny(Separators) >= 0;
            }
            // Every alternative of the expression holds a separator.
            return hasSeparator ? UserProfile.Replace(result, "~") : result;
        }

        private static string Trim(string root) => root.Trim().TrimEnd('/', '\\');

        private static string? SafeCurrentDirectory()
        {
            try { return Directory.GetCurrentDirectory(); }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is NotSupportedException) { return null; }
        }
    }
}
