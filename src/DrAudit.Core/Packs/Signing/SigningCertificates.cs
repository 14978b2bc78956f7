using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace DrAudit.Core.Packs.Signing
{
    /// <summary>Finds the certificate a pack is signed with from what a user types: the thumbprint of a certificate in
    /// the current user's or the machine's personal store (with its private key), or the path of a PFX (PKCS #12)
    /// file and its password. Shared by <c>draudit --sign</c> and <c>-SigningCertificate</c>.</summary>
    public static class SigningCertificates
    {
        /// <summary>The environment variable <c>draudit --sign file.pfx</c> reads the PFX password from.</summary>
        public const string PasswordVariable = "DRAUDIT_SIGNING_PASSWORD";

        /// <summary>A PFX file is read whole: one this size is far beyond any certificate and key.</summary>
        public const long MaxPfxBytes = 1024 * 1024;

        /// <summary>Throws <see cref="SigningCertificateException"/> when nothing is found or it cannot be opened.</summary>
        public static X509Certificate2 Find(string thumbprintOrPath, string? pfxPassword)
        {
            if (string.IsNullOrWhiteSpace(thumbprintOrPath)) throw new SigningCertificateException("A signing certificate (a thumbprint or a PFX file) is required.");
            var thumbprint = new string(thumbprintOrPath.Where(c => !char.IsWhiteSpace(c) && c != ':').ToArray());
            if (thumbprint.Length == 40 && thumbprint.All(Uri.IsHexDigit) && !File.Exists(thumbprintOrPath))
                return FromStores(thumbprint.ToUpperInvariant());
            return FromPfx(Path.GetFullPath(thumbprintOrPath), pfxPassword);
        }

        /// <summary>"CN=..., thumbprint ABC..." for messages.</summary>
        public static string Describe(X509Certificate2 certificate) => "'" + certificate.Subject + "' (thumbprint " + certificate.Thumbprint + ")";

        private static X509Certificate2 FromStores(string thumbprint)
        {
            foreach (var location in new[] { StoreLocation.CurrentUser, StoreLocation.LocalMachine })
            {
                try
                {
                    using (var store = new X509Store(StoreName.My, location))
                    {
                        store.Open(OpenFlags.ReadOnly | OpenFlags.OpenExistingOnly);
                        var found = store.Certificates.Find(X509FindType.FindByThumbprint, thumbprint, validOnly: false);
                        if (found.Count > 0) return found[0];
                    }
                }
                catch (CryptographicException)
                {
                    // A store that does not exist on this system (LocalMachine on Linux): look in the next.
                }
            }
            throw new SigningCertificateException("No certificate with thumbprint " + thumbprint + " is in the current user's or the machine's personal certificate store.");
        }

        /// <summary>Keep the PFX's key in memory only (EphemeralKeySet, which netstandard2.0 does not name) where the
        /// runtime offers it; .NET Framework before 4.7.2 does not, and gets the default.</summary>
        private static X509KeyStorageFlags KeyStorage =>
            System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.Ordinal)
                ? X509KeyStorageFlags.DefaultKeySet
                : (X509KeyStorageFlags)32;

        private static X509Certificate2 FromPfx(string path, string? password)
        {
            var info = new FileInfo(path);
            if (!info.Exists) throw new SigningCertificateException("The signing certificate " + path + " does not exist (give a PFX file or the 40-hex-digit thumbprint of a certificate in your store).");
            if (info.Length > MaxPfxBytes) throw new SigningCertificateException("The signing certificate " + path + " is larger than " + MaxPfxBytes + " bytes; it is not a PFX file.");
            try
            {
                return new X509Certificate2(File.ReadAllBytes(path), password, KeyStorage);
            }
            catch (CryptographicException e)
            {
                throw new SigningCertificateException("The signing certificate " + path + " cannot be opened (a PFX file and its password are needed; " +
                    "the command line reads the password from " + PasswordVariable + "): " + e.Message, e);
            }
        }
    }
}
