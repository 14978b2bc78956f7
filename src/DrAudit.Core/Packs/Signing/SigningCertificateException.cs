using System;

namespace DrAudit.Core.Packs.Signing
{
    /// <summary>The signing certificate could not be found, opened or used (no private key, wrong PFX password).
    /// The message never contains a password.</summary>
    public sealed class SigningCertificateException : Exception
    {
        public SigningCertificateException(string message) : base(message) { }
        public SigningCertificateException(string message, Exception inner) : base(message, inner) { }
    }
}
