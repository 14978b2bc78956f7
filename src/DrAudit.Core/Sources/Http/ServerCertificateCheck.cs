using System;
using System.Net.Http;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace DrAudit.Core.Sources.Http
{
    /// <summary>TLS validation for a live source: a certificate the machine trusts is accepted; any other (self-signed,
    /// wrong name, expired) only when it matches the pinned thumbprint. There is no way to accept every certificate.
    /// Remembers why it refused, so the failure can say so.</summary>
    public sealed class ServerCertificateCheck
    {
        private readonly CertificateThumbprint? _pin;

        public ServerCertificateCheck(CertificateThumbprint? pin)
        {
            _pin = pin;
        }

        /// <summary>Why the last certificate was refused, or null.</summary>
        public string? Rejection { get; private set; }

        public bool Validate(HttpRequestMessage request, X509Certificate2? certificate, X509Chain? chain, SslPolicyErrors errors)
        {
            if (errors == SslPolicyErrors.None)
            {
                Rejection = null;
                return true;
            }
            if (certificate == null)
            {
                Rejection = "the server presented no TLS certificate";
                return false;
            }
            if (_pin != null && _pin.Matches(certificate))
            {
                Rejection = null;
                return true;
            }
            Rejection = "the server's TLS certificate is not trusted (" + errors + ")" + (_pin == null
                ? "; pin it with certificateThumbprint (SHA-256 " + CertificateThumbprint.Sha256Of(certificate) + ") if it is the right server"
                : " and its thumbprint (SHA-1 " + CertificateThumbprint.Sha1Of(certificate) + ", SHA-256 " + CertificateThumbprint.Sha256Of(certificate)
                  + ") does not match certificateThumbprint " + _pin.Hex);
            return false;
        }

        /// <summary>A handler that validates with this check and keeps no cookies or redirects.</summary>
        public HttpClientHandler CreateHandler() => new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = Validate,
            AllowAutoRedirect = false,
            UseCookies = false,
        };
    }
}
