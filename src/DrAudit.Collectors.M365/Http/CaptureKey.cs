using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DrAudit.Collectors.M365.Http
{
    /// <summary>Names the file a Graph response is saved in inside a capture folder: the method, the path after the
    /// version segment made file-safe, and a short hash of the full path, query and request body, so the same request
    /// made by the same audit always finds its saved response, whatever host it was sent to.
    /// <c>GET_solutions_backupRestore_protectionUnits_graph.mailboxProtectionUnit_3f2a9c1d04b7e6aa.json</c>.</summary>
    internal static class CaptureKey
    {
        private const int MaxPathPart = 120;

        public static string FileName(string method, Uri uri, string? body)
        {
            var path = Uri.UnescapeDataString(uri.AbsolutePath).Trim('/');
            var slash = path.IndexOf('/');
            if (slash > 0 && path.StartsWith("v1.0", StringComparison.OrdinalIgnoreCase)) path = path.Substring(slash + 1);
            else if (string.Equals(path, "v1.0", StringComparison.OrdinalIgnoreCase)) path = "";
            var query = Uri.UnescapeDataString(uri.Query.TrimStart('?'));
            var safe = new StringBuilder();
            foreach (var c in path)
            {
                safe.Append(char.IsLetterOrDigit(c) || c == '.' || c == '-' ? c : '_');
            }
            var part = safe.Length > MaxPathPart ? safe.ToString(0, MaxPathPart) : safe.ToString();
            var hash = Hash(method.ToUpperInvariant() + " " + path + "?" + query + "\n" + (body ?? ""));
            return method.ToUpperInvariant() + "_" + (part.Length == 0 ? "root" : part) + "_" + hash + ".json";
        }

        /// <summary>The file a refusal (403) or a not-found (404) answer to the same request is saved in: the answer says
        /// something (a permission is missing, a user has no OneDrive) and a replay must give the same answer.</summary>
        public static string RefusalFileName(string fileName, int status) =>
            fileName.Substring(0, fileName.Length - ".json".Length) + ".http" + status.ToString(CultureInfo.InvariantCulture) + ".json";

        /// <summary>The statuses saved with <see cref="RefusalFileName"/>.</summary>
        public static readonly int[] SavedRefusals = { 403, 404 };

        private static string Hash(string text)
        {
            using (var sha = SHA256.Create())
            {
                var bytes = sha.ComputeHash(Encoding.UTF8.GetBytes(text));
                var hex = new StringBuilder();
                for (int i = 0; i < 8; i++) hex.Append(bytes[i].ToString("x2", CultureInfo.InvariantCulture));
                return hex.ToString();
            }
        }
    }
}
