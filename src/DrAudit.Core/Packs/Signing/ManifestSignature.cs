using System;
using System.IO;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

namespace DrAudit.Core.Packs.Signing
{
    /// <summary>
    /// The detached CMS (PKCS #7) signature of a pack's <c>manifest.json</c>, saved beside it as
    /// <c>manifest.json.p7s</c> (DER). The manifest holds every other file's SHA-256, so a valid signature over it
    /// proves who wrote the whole pack: anyone can recompute a hash after editing a file, only the holder of the
    /// private key can sign the new manifest. SHA-256 digest, the signer's certificate embedded, a signing time.
    /// </summary>
    public static class ManifestSignature
    {
        public const string FileName = PackManifest.FileName + ".p7s";

        /// <summary>Largest signature file read: a certificate chain of a few KB is normal.</summary>
        public const long MaxSignatureBytes = 1024 * 1024;

        /// <summary>Signs the manifest in <paramref name="packFolder"/> with <paramref name="certificate"/> (which must
        /// hold its private key) and writes <see cref="FileName"/> beside it. Throws
        /// <see cref="SigningCertificateException"/> when the certificate cannot sign.</summary>
        public static void Sign(string packFolder, X509Certificate2 certificate)
        {
            if (!certificate.HasPrivateKey)
                throw new SigningCertificateException("The signing certificate " + SigningCertificates.Describe(certificate) + " has no private key; a pack can only be signed with a certificate whose private key is available.");
            var manifest = File.ReadAllBytes(Path.Combine(packFolder, PackManifest.FileName));
            var cms = new SignedCms(new ContentInfo(manifest), detached: true);
            var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, certificate)
            {
                DigestAlgorithm = new Oid("2.16.840.1.101.3.4.2.1", "sha256"),
                IncludeOption = X509IncludeOption.WholeChain,
            };
            signer.SignedAttributes.Add(new Pkcs9SigningTime(DateTime.UtcNow));
            try
            {
                cms.ComputeSignature(signer, silent: true);
            }
            catch (CryptographicException e)
            {
                throw new SigningCertificateException("The signing certificate " + SigningCertificates.Describe(certificate) + " could not sign the manifest: " + e.Message, e);
            }
            File.WriteAllBytes(Path.Combine(packFolder, FileName), cms.Encode());
        }

        /// <summary>Checks the signature beside the manifest, if there is one: null when the pack is not signed.</summary>
        public static PackSignature? Check(string packFolder, byte[] manifest)
        {
            var path = Path.Combine(packFolder, FileName);
            var info = new FileInfo(path);
            if (!info.Exists && !Directory.Exists(path)) return null;
            if ((info.Attributes & (FileAttributes.ReparsePoint | FileAttributes.Directory)) != 0 || !info.Exists)
                return PackSignature.Invalid(FileName + " is not a regular file.");
            if (info.Length > MaxSignatureBytes) return PackSignature.Invalid(FileName + " is larger than " + MaxSignatureBytes + " bytes.");

            var cms = new SignedCms(new ContentInfo(manifest), detached: true);
            try
            {
                cms.Decode(File.ReadAllBytes(path));
            }
            catch (CryptographicException e)
            {
                return PackSignature.Invalid(FileName + " is not a CMS signature: " + e.Message);
            }
            if (cms.SignerInfos.Count != 1) return PackSignature.Invalid(FileName + " has " + cms.SignerInfos.Count + " signers; DrAudit writes exactly one.");
            var signerInfo = cms.SignerInfos[0];
            var certificate = signerInfo.Certificate;
            if (certificate == null) return PackSignature.Invalid(FileName + " does not carry the signer's certificate.");
            var signingTime = SigningTime(signerInfo);
            try
            {
                signerInfo.CheckSignature(verifySignatureOnly: true);
            }
            catch (CryptographicException e)
            {
                return new PackSignature(false, certificate, signingTime, false, "the signature does not match manifest.json (" + e.Message.TrimEnd('.') + ").");
            }
            var trusted = ChainTrusted(certificate, cms.Certificates, out var chainProblem);
            return new PackSignature(true, certificate, signingTime, trusted, trusted ? null : chainProblem);
        }

        private static DateTimeOffset? SigningTime(SignerInfo signer)
        {
            foreach (var attribute in signer.SignedAttributes)
                foreach (var value in attribute.Values)
                    if (value is Pkcs9SigningTime time) return new DateTimeOffset(DateTime.SpecifyKind(time.SigningTime, DateTimeKind.Utc));
            return null;
        }

        /// <summary>Whether this machine trusts the signer's certificate (chain to a trusted root, within its validity).
        /// Revocation is not checked: verification must work offline.</summary>
        private static bool ChainTrusted(X509Certificate2 certificate, X509Certificate2Collection extra, out string problem)
        {
            using (var chain = new X509Chain())
            {
                chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
                chain.ChainPolicy.ExtraStore.AddRange(extra);
                if (chain.Build(certificate)) { problem = ""; return true; }
                var reasons = new System.Collections.Generic.List<string>();
                foreach (var status in chain.ChainStatus) reasons.Add(status.StatusInformation.Trim());
                problem = "the signer's certificate is not trusted by this machine (" + string.Join("; ", reasons) + "); compare its thumbprint with the one the MSP gave you.";
                return false;
            }
        }
    }
}
