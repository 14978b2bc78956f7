using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace DrAudit.Core.Tests.Packs.Signing
{
    /// <summary>Self-signed certificates made in the test, with their private keys.</summary>
    public static class TestCertificates
    {
        public static X509Certificate2 SelfSigned(string subject = "CN=Northwind IT Services Evidence Signing")
        {
            using var rsa = RSA.Create(2048);
            var request = new CertificateRequest(subject, rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, critical: true));
            var now = DateTimeOffset.UtcNow;
            using var created = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(1));
            // Round-trip through PFX so the key is usable for signing on every platform.
            return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12, "t"), "t", X509KeyStorageFlags.Exportable);
        }

        /// <summary>Writes the certificate and its key as a PFX file protected by <paramref name="password"/>.</summary>
        public static string SavePfx(X509Certificate2 certificate, string path, string? password)
        {
            File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, password));
            return path;
        }
    }
}
