using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using DrAudit.Module.Tests.Support;
using static DrAudit.Module.Tests.Support.ScriptRun;

namespace DrAudit.Module.Tests;

/// <summary>-SigningCertificate signs the manifest through the built module (System.Security.Cryptography.Pkcs loaded
/// from its dependencies), and Test-DrEvidencePack reports the signer and fails a manifest edited after signing.</summary>
[Collection(ModuleCollection.Name)]
public sealed class PackSigningCommandTests : IClassFixture<ModuleSession>, IDisposable
{
    private readonly ModuleSession _session;
    private readonly string _root = Path.Combine(Path.GetTempPath(), "draudit-module-signing-" + Guid.NewGuid().ToString("N"));

    public PackSigningCommandTests(ModuleSession session)
    {
        _session = session;
        Directory.CreateDirectory(_root);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static X509Certificate2 SelfSigned()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Module Test Signer", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12, "t"), "t", X509KeyStorageFlags.Exportable);
    }

    [Fact]
    public void Export_signs_the_manifest_and_Test_DrEvidencePack_reports_the_signer()
    {
        using var certificate = SelfSigned();
        var pack = Path.Combine(_root, "signed");

        _session.Run("Get-DrReadiness -Client client.yaml | Export-DrEvidencePack -Path $pack -Format Json -SigningCertificate $cert", ("pack", pack), ("cert", certificate)).WithoutErrors();
        var run = _session.Run("Test-DrEvidencePack -Path $pack", ("pack", pack)).WithoutErrors();

        Assert.True(File.Exists(Path.Combine(pack, "manifest.json.p7s")));
        var verification = Assert.Single(run.Output);
        Assert.Equal(true, Property(verification, "Intact"));
        var signature = Property(verification, "Signature");
        Assert.Equal(true, Property(signature, "Valid"));
        Assert.Equal("CN=Module Test Signer", Property(signature, "SignerSubject"));
        Assert.Equal(certificate.Thumbprint, Property(signature, "SignerThumbprint"));
    }

    [Fact]
    public void A_manifest_edited_after_signing_is_not_intact()
    {
        using var certificate = SelfSigned();
        var pack = Path.Combine(_root, "tampered");
        _session.Run("Get-DrReadiness -Client client.yaml | Export-DrEvidencePack -Path $pack -Format Json -SigningCertificate $cert", ("pack", pack), ("cert", certificate)).WithoutErrors();
        var manifest = Path.Combine(pack, "manifest.json");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("fixture-dental", "someone-else", StringComparison.Ordinal));

        var run = _session.Run("Test-DrEvidencePack -Path $pack -Quiet", ("pack", pack)).WithoutErrors();

        Assert.Equal(false, Assert.Single(run.Output));
    }

    [Fact]
    public void A_certificate_without_its_private_key_is_refused_at_binding()
    {
        using var certificate = SelfSigned();
        using var publicOnly = X509CertificateLoader.LoadCertificate(certificate.Export(X509ContentType.Cert));
        var pack = Path.Combine(_root, "unsigned");

        var run = _session.Run("Get-DrReadiness -Client client.yaml | Export-DrEvidencePack -Path $pack -SigningCertificate $cert", ("pack", pack), ("cert", publicOnly));

        var error = Assert.Single(run.Errors);
        Assert.Contains("no private key", error.Exception.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(pack));
    }
}
