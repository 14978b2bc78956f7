using DrAudit.Collectors.Veeam;
using DrAudit.Core.Tests.Simulators.Veeam;

namespace DrAudit.Core.Tests.Sources.Veeam
{
    /// <summary>Revision strings come from a client definition, a capture's index and a server's answers: only ASCII digits
    /// of an int's size make a revision, so comparing two well-formed revisions never throws.</summary>
    public class VeeamApiVersionsTests
    {
        [Theory]
        [InlineData("1.\u0663-rev0")]          // Arabic-Indic three
        [InlineData("\uFF11.\uFF13-rev1")]     // full-width 1.3
        [InlineData("1.3-rev\u0967")]          // Devanagari one
        [InlineData("1.99999999999-rev0")]     // does not fit an int
        public void A_revision_with_other_digits_or_too_many_is_not_well_formed_and_compares_without_throwing(string version)
        {
            Assert.False(VeeamApiVersions.IsWellFormed(version));
            var ex = Record.Exception(() => VeeamApiVersions.Compare(version, "1.2-rev1"));
            Assert.Null(ex);
            Assert.Empty(VeeamApiVersions.MentionedIn("Unsupported RESTAPI version. The following versions are supported: v" + version));
        }

        [Fact]
        public void Ascii_revisions_still_compare_by_number()
        {
            Assert.True(VeeamApiVersions.IsWellFormed("v1.10-rev0"));
            Assert.True(VeeamApiVersions.Compare("1.10-rev0", "1.3-rev2") > 0);
            Assert.Equal(new[] { "1.2-rev1" }, VeeamApiVersions.MentionedIn("supported: v1.2-rev1"));
        }

        /// <summary>A server that signs in with a revision written in other digits, asked for by the definition's apiVersion:
        /// the source fails naming the value, and the audit goes on (it was an unexpected FormatException).</summary>
        [Fact]
        public async Task An_apiVersion_in_other_digits_fails_the_source_with_a_reason()
        {
            await using var rig = await VeeamRig.StartAsync(VeeamScenarios.Standard());
            rig.Server.SupportedVersions = new List<string> { "1.\u0663-rev0" };

            var data = rig.Collect(rig.Source(apiVersion: "1.\u0663-rev0"));

            Assert.False(data.Ok);
            Assert.Contains("apiVersion '1.\u0663-rev0' is not a revision such as", data.Error);
        }
    }
}
