using System.Security.Cryptography.X509Certificates;
using DrAudit.Core.Packs;
using DrAudit.Core.Packs.Signing;
using DrAudit.Core.Tests.Cli;
using DrAudit.Core.Tests.Auditing;
using Newtonsoft.Json.Linq;

namespace DrAudit.Core.Tests.Packs.Signing
{
    /// <summary>A signed pack proves who wrote it: the detached CMS signature over manifest.json is checked, the signer
    /// reported, and a manifest edited after signing (hashes recomputed) fails.</summary>
    public class PackSigningTests
    {
        private static readonly Core.Hosting.IAuditHost Host = Core.Hosting.SilentAuditHost.Instance;

        private static string SignedPack(TempFolder temp, X509Certificate2 certificate)
        {
            var pack = temp.Combine("pack");
            EvidencePackWriter.Write(PackResults.Scored(), pack, new PackWriteOptions { Formats = PackFormat.Json, SigningCertificate = certificate }, Host);
            return pack;
        }

        [Fact]
        public void ASignedPackVerifiesAndNamesItsSigner()
        {
            using var temp = new TempFolder();
            using var certificate = TestCertificates.SelfSigned();
            var pack = SignedPack(temp, certificate);

            var verification = EvidencePackVerifier.Verify(pack);

            Assert.True(File.Exists(Path.Combine(pack, "manifest.json.p7s")));
            Assert.DoesNotContain("manifest.json.p7s", File.ReadAllText(Path.Combine(pack, "manifest.json")));
            Assert.True(verification.Intact);
            Assert.True(verification.Signed);
            var signature = verification.Signature!;
            Assert.True(signature.Valid, signature.Problem);
            Assert.Equal("CN=Northwind IT Services Evidence Signing", signature.SignerSubject);
            Assert.Equal(certificate.Thumbprint, signature.SignerThumbprint);
            Assert.Equal(certificate.NotAfter.ToUniversalTime(), signature.SignerNotAfter!.Value.UtcDateTime, TimeSpan.FromSeconds(1));
            Assert.NotNull(signature.SigningTime);
            Assert.False(signature.Trusted); // self-signed: this machine does not trust it, and says so
            Assert.Contains("not trusted", signature.Problem);
        }

        [Fact]
        public void AnEditedFileWithItsHashRecomputedFailsTheSignature()
        {
            using var temp = new TempFolder();
            using var certificate = TestCertificates.SelfSigned();
            var pack = SignedPack(temp, certificate);
            var readiness = Path.Combine(pack, "readiness.json");
            File.WriteAllText(readiness, File.ReadAllText(readiness).Replace("test-client", "forged-client"));
            var manifestPath = Path.Combine(pack, "manifest.json");
            var manifest = JObject.Parse(File.ReadAllText(manifestPath));
            var entry = ((JArray)manifest["files"]!).Single(f => (string)f["path"]! == "readiness.json");
            entry["sha256"] = PackManifest.Sha256Of(readiness);
            entry["size"] = new FileInfo(readiness).Length;
            File.WriteAllText(manifestPath, manifest.ToString());

            var verification = EvidencePackVerifier.Verify(pack);

            Assert.Empty(verification.Problems); // every hash matches the edited manifest...
            Assert.False(verification.Signature!.Valid); // ...but the old signature does not
            Assert.False(verification.Intact);
            Assert.Contains("does not match", verification.Signature.Problem);
        }

        [Fact]
        public void AGarbledSignatureFails()
        {
            using var temp = new TempFolder();
            using var certificate = TestCertificates.SelfSigned();
            var pack = SignedPack(temp, certificate);
            File.WriteAllText(Path.Combine(pack, "manifest.json.p7s"), "not a signature");

            var verification = EvidencePackVerifier.Verify(pack);

            Assert.False(verification.Intact);
            Assert.False(verification.Signature!.Valid);
        }

        [Fact]
        public void ACertificateWithoutItsPrivateKeyWritesNoPack()
        {
            using var temp = new TempFolder();
            using var certificate = TestCertificates.SelfSigned();
            using var publicOnly = X509CertificateLoader.LoadCertificate(certificate.Export(X509ContentType.Cert));

            var e = Assert.Throws<SigningCertificateException>(() => SignedPack(temp, publicOnly));

            Assert.Contains("no private key", e.Message);
            Assert.Empty(temp.Entries());
        }

        [Fact]
        public void APfxFileIsOpenedWithItsPasswordAndAWrongPasswordIsNeverEchoed()
        {
            using var temp = new TempFolder();
            using var certificate = TestCertificates.SelfSigned();
            var pfx = TestCertificates.SavePfx(certificate, temp.Combine("signing.pfx"), "Corr3ct-Horse!");

            using var found = SigningCertificates.Find(pfx, "Corr3ct-Horse!");
            var e = Assert.Throws<SigningCertificateException>(() => SigningCertificates.Find(pfx, "Wr0ng-Battery!"));

            Assert.Equal(certificate.Thumbprint, found.Thumbprint);
            Assert.True(found.HasPrivateKey);
            Assert.Contains(pfx, e.Message);
            Assert.DoesNotContain("Wr0ng-Battery!", e.ToString());
        }

        [Fact]
        public void AThumbprintFindsTheCertificateInTheUsersStore()
        {
            using var certificate = TestCertificates.SelfSigned("CN=DrAudit store lookup " + Guid.NewGuid().ToString("N"));
            using var store = new X509Store(StoreName.My, StoreLocation.CurrentUser);
            store.Open(OpenFlags.ReadWrite);
            store.Add(certificate);
            try
            {
                using var found = SigningCertificates.Find(certificate.Thumbprint.ToLowerInvariant(), null);

                Assert.Equal(certificate.Thumbprint, found.Thumbprint);
                Assert.True(found.HasPrivateKey);
            }
            finally
            {
                store.Remove(certificate);
            }
        }

        [Fact]
        public void TheCommandLineSignsWithAPfxWhosePasswordComesFromTheEnvironment()
        {
            using var temp = new TempFolder();
            using var certificate = TestCertificates.SelfSigned();
            const string password = "Env-Only-S3cret";
            var pfx = TestCertificates.SavePfx(certificate, temp.Combine("signing.pfx"), password);
            var pack = temp.Combine("pack");
            Environment.SetEnvironmentVariable(SigningCertificates.PasswordVariable, password);
            CliRun audit;
            try
            {
                audit = CliRun.Of("audit", EngineFixtures.GoodClient, "--out", pack, "--sign", pfx, "--format", "json");
            }
            finally
            {
                Environment.SetEnvironmentVariable(SigningCertificates.PasswordVariable, null);
            }
            var verify = CliRun.Of("verify", pack);

            Assert.Equal(4, audit.ExitCode); // pack written; the engine fixture has a source that cannot be read
            Assert.DoesNotContain(password, audit.Stdout + audit.Stderr);
            Assert.Equal(0, verify.ExitCode);
            Assert.Contains("signed by CN=Northwind IT Services Evidence Signing", verify.Stdout);
            Assert.Contains(certificate.Thumbprint, verify.Stdout);
            foreach (var file in Directory.GetFiles(pack, "*", SearchOption.AllDirectories))
                Assert.DoesNotContain(password, File.ReadAllText(file));
        }

        [Fact]
        public void TheCommandLineRefusesAnUnopenableCertificateBeforeAuditing()
        {
            using var temp = new TempFolder();

            var run = CliRun.Of("audit", EngineFixtures.GoodClient, "--out", temp.Combine("pack"), "--sign", temp.Combine("missing.pfx"));

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("missing.pfx", run.Stderr);
            Assert.Empty(temp.Entries());
        }

        [Fact]
        public void VerifyOnTheCommandLineFailsATamperedSignedPack()
        {
            using var temp = new TempFolder();
            using var certificate = TestCertificates.SelfSigned();
            var pack = SignedPack(temp, certificate);
            var manifestPath = Path.Combine(pack, "manifest.json");
            File.WriteAllText(manifestPath, File.ReadAllText(manifestPath).Replace("test-client", "other-client"));

            var run = CliRun.Of("verify", pack);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("signature", run.Stdout + run.Stderr);
        }
    }
}
