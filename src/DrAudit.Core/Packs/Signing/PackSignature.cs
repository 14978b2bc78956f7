using System;
using System.Security.Cryptography.X509Certificates;

namespace DrAudit.Core.Packs.Signing
{
    /// <summary>What checking <c>manifest.json.p7s</c> found: whether the signature matches the manifest, who signed
    /// it (subject, thumbprint, validity), when, and whether this machine trusts the signer's certificate.</summary>
    public sealed class PackSignature
    {
        public PackSignature(bool valid, X509Certificate2? certificate, DateTimeOffset? signingTime, bool trusted, string? problem)
        {
            Valid = valid;
            SignerSubject = certificate?.Subject;
            SignerThumbprint = certificate?.Thumbprint;
            SignerNotBefore = certificate == null ? (DateTimeOffset?)null : new DateTimeOffset(certificate.NotBefore.ToUniversalTime());
            SignerNotAfter = certificate == null ? (DateTimeOffset?)null : new DateTimeOffset(certificate.NotAfter.ToUniversalTime());
            SigningTime = signingTime;
            Trusted = trusted;
            Problem = problem;
        }

        internal static PackSignature Invalid(string problem) => new PackSignature(false, null, null, false, problem);

        /// <summary>The signature is intact and was made over this manifest.json.</summary>
        public bool Valid { get; }
        public string? SignerSubject { get; }
        /// <summary>SHA-1 thumbprint of the signer's certificate, uppercase hex (as Windows shows it).</summary>
        public string? SignerThumbprint { get; }
        public DateTimeOffset? SignerNotBefore { get; }
        public DateTimeOffset? SignerNotAfter { get; }
        /// <summary>The signing time the signer recorded (its own clock: informative, not proof).</summary>
        public DateTimeOffset? SigningTime { get; }
        /// <summary>The signer's certificate chains to a root this machine trusts and is within its validity.</summary>
        public bool Trusted { get; }
        /// <summary>Why the signature is not valid, or why the signer is not trusted; null when both are fine.</summary>
        public string? Problem { get; }
    }
}
