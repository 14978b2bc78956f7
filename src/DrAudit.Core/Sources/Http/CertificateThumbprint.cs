using System;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace DrAudit.Core.Sources.Http
{
    /// <summary>A pinned server certificate: its SHA-1 (40 hex digits) or SHA-256 (64 hex digits) thumbprint, written in
    /// any case, with or without <c>:</c>, <c>-</c> or spaces between the bytes.</summary>
    public sealed class CertificateThumbprint
    {
        private CertificateThumbprint(string hex) { Hex = hex; }

        /// <summary>Upper-case hex digits only.</summary>
        public string Hex { get; }

        public bool IsSha256 => Hex.Length == 64;

        public static bool TryParse(string? text, out CertificateThumbprint? thumbprint)
        {
            thumbprint = null;
            if (string.IsNullOrWhiteSpace(text)) return false;
            var hex = new string(text!.Where(c => c != ':' && c != '-' && !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();
            if (hex.Length != 40 && hex.Length != 64) return false;
            if (!hex.All(c => (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F'))) return false;
            thumbprint = new CertificateThumbprint(hex);
            return true;
        }

        public bool Matches(X509Certificate2 certificate)
        {
            if (certificate == null) return false;
            return string.Equals(IsSha256 ? Sha256Of(certificate) : Sha1Of(certificate), Hex, StringComparison.Ordinal);
        }

        public static string Sha1Of(X509Certificate2 certificate)
        {
            using (var sha1 = SHA1.Create()) return ToHex(sha1.ComputeHash(certificate.RawData));
        }

        public static string Sha256Of(X509Certificate2 certificate)
        {
            using (var sha256 = SHA256.Create()) return ToHex(sha256.ComputeHash(certificate.RawData));
        }

        private static string ToHex(byte[] bytes)
        {
            var sb = new StringBuilder(bytes.Length * 2);
            foreach (var b in bytes) sb.Append(b.ToString("X2", CultureInfo.InvariantCulture));
            return sb.ToString();
        }

        public override string ToString() => Hex;
    }
}
