using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using DrAudit.PowerShell.Commands;
using Microsoft.PowerShell.Commands;

namespace DrAudit.PowerShell.Paths
{
    /// <summary>
    /// How every -Client and -Path value becomes file-system paths, the way PowerShell's own cmdlets do it: relative to
    /// the PowerShell location, provider-qualified paths (PSPath) accepted, and wildcards resolved through the provider.
    /// A folder given for a client definition means the client.yaml inside it. Shared by the cmdlets and the completers.
    /// </summary>
    internal static class ProviderPaths
    {
        /// <summary>The file a client folder holds.</summary>
        public const string ClientFileName = DrAuditErrors.ClientFileName;

        /// <summary>
        /// The full paths <paramref name="path"/> names: itself when it has no wildcard (whether or not it exists), else every
        /// file-system item it matches. Writes <paramref name="notFound"/> for a wildcard that matches nothing, and an error
        /// for a path of another provider (a registry key, a variable).
        /// </summary>
        public static IReadOnlyList<string> Resolve(PathIntrinsics paths, string path, Func<string, ErrorRecord> notFound, Action<ErrorRecord> writeError)
        {
            try
            {
                if (!WildcardPattern.ContainsWildcardCharacters(path))
                {
                    var full = paths.GetUnresolvedProviderPathFromPSPath(path, out var provider, out _);
                    if (IsFileSystem(provider)) return new[] { full };
                    writeError(NotAFileSystemPath(path, provider));
                    return Array.Empty<string>();
                }

                var resolved = paths.GetResolvedProviderPathFromPSPath(path, out var wildcardProvider);
                if (!IsFileSystem(wildcardProvider))
                {
                    writeError(NotAFileSystemPath(path, wildcardProvider));
                    return Array.Empty<string>();
                }
                if (resolved.Count == 0) writeError(notFound(path));
                return resolved.OrderBy(p => p, StringComparer.Ordinal).ToList();
            }
            catch (ItemNotFoundException)
            {
                writeError(notFound(path));
                return Array.Empty<string>();
            }
            catch (Exception e) when (e is System.Management.Automation.DriveNotFoundException || e is ProviderNotFoundException || e is NotSupportedException || e is ArgumentException)
            {
                writeError(DrAuditErrors.PathInvalid(e, path));
                return Array.Empty<string>();
            }
        }

        /// <summary>
        /// The client definition files <paramref name="path"/> names: files as they are, a folder's client.yaml, every match
        /// of a wildcard. Writes DrAudit.ClientDefinitionNotFound for each that does not exist.
        /// </summary>
        public static IReadOnlyList<string> ClientDefinitions(PathIntrinsics paths, string path, Action<ErrorRecord> writeError)
        {
            var files = new List<string>();
            foreach (var full in Resolve(paths, path, missing => DrAuditErrors.ClientDefinitionNotFound(missing, null), writeError))
            {
                if (File.Exists(full)) files.Add(full);
                else if (Directory.Exists(full))
                {
                    var inside = Path.Combine(full, ClientFileName);
                    if (File.Exists(inside)) files.Add(inside);
                    else writeError(DrAuditErrors.ClientDefinitionNotFound(inside, full));
                }
                else writeError(DrAuditErrors.ClientDefinitionNotFound(full, null));
            }
            return files;
        }

        /// <summary>The one path <paramref name="path"/> names (a wildcard must match exactly one item); null after an error.</summary>
        public static string? Single(PathIntrinsics paths, string path, Func<string, ErrorRecord> notFound, Action<ErrorRecord> writeError)
        {
            var resolved = Resolve(paths, path, notFound, writeError);
            if (resolved.Count <= 1) return resolved.FirstOrDefault();
            writeError(DrAuditErrors.PathAmbiguous(path, resolved));
            return null;
        }

        private static bool IsFileSystem(ProviderInfo? provider) =>
            provider != null && provider.ImplementingType == typeof(FileSystemProvider);

        private static ErrorRecord NotAFileSystemPath(string path, ProviderInfo? provider) =>
            DrAuditErrors.PathInvalid(new ArgumentException($"'{path}' is a {provider?.Name ?? "non-file-system"} path; DrAudit reads and writes files only."), path);
    }
}
