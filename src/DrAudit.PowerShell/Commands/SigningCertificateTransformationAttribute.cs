using System;
using System.IO;
using System.Management.Automation;
using System.Security.Cryptography.X509Certificates;
using DrAudit.Core.Packs.Signing;

namespace DrAudit.PowerShell.Commands
{
    /// <summary>
    /// Binds -SigningCertificate: an X509Certificate2 (Get-Item Cert:\CurrentUser\My\&lt;thumbprint&gt;, Get-PfxCertificate)
    /// as it is, or text: the thumbprint of a certificate in the current user's or the machine's personal store, or
    /// the path of a PFX file without a password (for one with a password, pass Get-PfxCertificate's result). The
    /// certificate must hold its private key.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class SigningCertificateTransformationAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            X509Certificate2 certificate;
            switch (value)
            {
                case X509Certificate2 given:
                    certificate = given;
                    break;
                case string text:
                    try
                    {
                        var path = text.IndexOfAny(new[] { '/', '\\', '.' }) >= 0
                            ? engineIntrinsics.SessionState.Path.GetUnresolvedProviderPathFromPSPath(text)
                            : text;
                        certificate = SigningCertificates.Find(File.Exists(path) ? path : text, null);
                    }
                    catch (SigningCertificateException e)
                    {
                        throw new ArgumentTransformationMetadataException(e.Message, e);
                    }
                    break;
                default:
                    return inputData;
            }
            if (!certificate.HasPrivateKey)
                throw new ArgumentTransformationMetadataException("The signing certificate " + SigningCertificates.Describe(certificate) + " has no private key; a pack can only be signed with a certificate whose private key is available.");
            return certificate;
        }
    }
}
