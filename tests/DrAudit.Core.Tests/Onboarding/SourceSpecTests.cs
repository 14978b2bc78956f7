using DrAudit.Core.Model.Definition;
using DrAudit.Core.Onboarding;

namespace DrAudit.Core.Tests.Onboarding
{
    public sealed class SourceSpecTests
    {
        private static readonly string Base = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "base"));

        [Fact]
        public void A_spec_gives_the_keys_of_a_source_entry()
        {
            var source = SourceSpec.Parse("type=veeam, id=vbr, url=https://vbr01.example.local:9419, env=VBR_USER, passwordEnv=VBR_PASS, certificateThumbprint=3F2A", Base);

            Assert.Equal("veeam", source.Type);
            Assert.Equal("vbr", source.Id);
            Assert.Equal("https://vbr01.example.local:9419", source.Url);
            Assert.Equal("VBR_USER", source.Credential!.Env);
            Assert.Equal("VBR_PASS", source.Credential.PasswordEnv);
            Assert.Equal("3F2A", source.CertificateThumbprint);
        }

        [Fact]
        public void A_vb365_spec_names_its_organization()
        {
            var source = SourceSpec.Parse("type=vb365,url=https://vb365.example.local:4443,organization=contoso.onmicrosoft.com,secret=vb365-reader", Base);

            Assert.Equal("vb365", source.Type);
            Assert.Equal("contoso.onmicrosoft.com", source.Organization);
            Assert.Equal("vb365-reader", source.Credential!.Secret);
        }

        [Fact]
        public void Paths_resolve_against_the_base_folder()
        {
            Assert.Equal(Path.Combine(Base, "veeam-capture"), SourceSpec.Parse("type=veeam,capture=./veeam-capture", Base).Capture);
            Assert.Equal(Path.Combine(Base, "x", "inv.json"), SourceSpec.Parse("Type=INVENTORY,Path=x/inv.json", Base).Path);
        }

        [Theory]
        [InlineData("type=veeam", "needs url")]
        [InlineData("type=m365,tenantId=t", "tenantId=<id> and clientId")]
        [InlineData("type=inventory", "needs path")]
        [InlineData("capture=./x", "needs type=")]
        [InlineData("type=datto,capture=./x", "expected one of veeam, m365, vb365, inventory")]
        [InlineData("type=vb365,capture=./x", "needs organization=")]
        [InlineData("type=vb365,organization=contoso.onmicrosoft.com", "needs url")]
        [InlineData("type=veeam,capture=./x,id=Not_An_Id", "is not an id")]
        [InlineData("type=veeam,url=ftp://vbr01", "absolute http(s) URL")]
        [InlineData("type=veeam,capture=./x,capture=./y", "more than once")]
        [InlineData("type=veeam,capture=./x,secret=s,env=E", "not both")]
        [InlineData("type=m365,capture=./x,cloud=mars", "expected one of global")]
        public void A_bad_spec_says_what_is_wrong(string spec, string expected)
        {
            var e = Assert.Throws<ArgumentException>(() => SourceSpec.Parse(spec, Base));
            Assert.Contains(expected, e.Message);
        }

        /// <summary>A secret typed where a name belongs is refused without being echoed.</summary>
        [Theory]
        [InlineData("type=veeam,url=https://admin:Hunter2-Secret@vbr01:9419")]
        [InlineData("type=veeam,capture=./x,password=Hunter2-Secret")]
        [InlineData("type=veeam,capture=./x,Hunter2-Secret")]
        public void A_secret_is_refused_and_never_echoed(string spec)
        {
            var e = Assert.Throws<ArgumentException>(() => SourceSpec.Parse(spec, Base));
            Assert.DoesNotContain("Hunter2", e.Message);
        }

        [Fact]
        public void Sources_without_an_id_are_named_after_their_type()
        {
            var sources = new List<SourceDefinition>
            {
                SourceSpec.Parse("type=veeam,capture=./a", Base),
                SourceSpec.Parse("type=veeam,id=veeam,capture=./b", Base),
                SourceSpec.Parse("type=m365,capture=./c", Base),
            };

            SourceSpec.AssignIds(sources);

            Assert.Equal(new[] { "veeam-2", "veeam", "m365" }, sources.Select(s => s.Id));
            Assert.Throws<ArgumentException>(() => SourceSpec.AssignIds(new List<SourceDefinition>
            {
                SourceSpec.Parse("type=veeam,id=x,capture=./a", Base), SourceSpec.Parse("type=m365,id=x,capture=./b", Base),
            }));
        }
    }
}
