using DrAudit.Core.Tests.Onboarding;

namespace DrAudit.Core.Tests.Cli
{
    /// <summary><c>draudit init</c> on the sample's captures writes a definition that <c>draudit validate</c> accepts.</summary>
    public sealed class InitCommandTests : IDisposable
    {
        private readonly string _folder = OnboardingFiles.NewFolder();

        public void Dispose() => Directory.Delete(_folder, true);

        private static string Veeam => "type=veeam,id=veeam-main,capture=" + Path.Combine(OnboardingFiles.SampleFolder, "veeam-capture");
        private static string M365 => "type=m365,id=m365-backup,capture=" + Path.Combine(OnboardingFiles.SampleFolder, "m365-capture");

        [Fact]
        public void Init_on_the_sample_captures_writes_a_definition_that_validates()
        {
            var path = Path.Combine(_folder, "contoso-dental", "client.yaml");

            var run = CliRun.Of("init", Veeam, M365, "--out", path, "--name", "Contoso Dental Group", "--as-of", "2026-11-01");

            Assert.Equal(0, run.ExitCode);
            Assert.Contains("Draft client definition: " + path + " (10 component(s) from 2 source(s); 5 workload(s)", run.Stdout);
            var validate = CliRun.Of("validate", path);
            Assert.Equal(0, validate.ExitCode);
            Assert.Contains("valid (1 service(s), 10 component(s), 2 source(s)", validate.Stdout);
        }

        [Fact]
        public void Init_from_an_existing_definition_reads_its_sources_and_never_overwrites_it()
        {
            var sample = Path.Combine(OnboardingFiles.SampleFolder, "client.yaml");
            var before = File.ReadAllText(sample);
            var path = Path.Combine(_folder, "draft.yaml");

            var run = CliRun.Of("init", "--from", sample, "--out", path);
            var overSample = CliRun.Of("init", "--from", sample, "--out", sample, "--force");

            Assert.Equal(0, run.ExitCode);
            var text = File.ReadAllText(path);
            Assert.Contains("  id: contoso-dental\n", text);
            Assert.Contains("  msp: \"Northwind IT Services\"\n", text);
            var draft = DrAudit.Core.Loading.Definition.ClientDefinitionLoader.Load(path);
            var attested = Assert.Single(draft.FindSource("veeam-main")!.Repositories);
            Assert.Equal("Wasabi ap-southeast-2 bucket with object lock", attested.Match);
            Assert.False(attested.SharesProductionCredentials);
            Assert.Equal("Sam Lee (Northwind security lead)", attested.AttestedBy);
            Assert.Equal(new DateTimeOffset(2026, 10, 2, 0, 0, 0, TimeSpan.Zero), attested.AttestedOn);
            Assert.Equal(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), draft.AsOf);
            Assert.Equal(1, overSample.ExitCode);
            Assert.Equal(before, File.ReadAllText(sample));
        }

        [Fact]
        public void An_existing_file_is_exit_two_without_force_and_replaced_with_it()
        {
            var path = Path.Combine(_folder, "client.yaml");
            File.WriteAllText(path, "apiVersion: draudit/v1 # keep\n");

            var refused = CliRun.Of("init", Veeam, "--out", path, "--client-id", "acme");

            Assert.Equal(2, refused.ExitCode);
            Assert.Contains("already exists", refused.Stderr);
            Assert.Equal("apiVersion: draudit/v1 # keep\n", File.ReadAllText(path));

            var forced = CliRun.Of("init", Veeam, "--out", path, "--client-id", "acme", "--force");
            Assert.Equal(0, forced.ExitCode);
            Assert.Contains("  id: acme\n", File.ReadAllText(path));
        }

        [Theory]
        [InlineData("init --out x.yaml")]
        [InlineData("init type=veeam,capture=./x")]
        [InlineData("init type=veeam,password=x --out x.yaml")]
        [InlineData("init type=veeam,capture=./x --out x.yaml --client-id Not_An_Id")]
        public void Bad_arguments_are_exit_one_and_write_nothing(string commandLine)
        {
            var run = CliRun.Of(commandLine.Split(' '));

            Assert.Equal(1, run.ExitCode);
            Assert.StartsWith("draudit: ", run.Stderr);
            Assert.False(File.Exists("x.yaml"));
        }

        [Fact]
        public void A_source_that_cannot_be_read_is_exit_four_with_the_draft_written()
        {
            var path = Path.Combine(_folder, "client.yaml");

            var run = CliRun.Of("init", "type=inventory,path=" + Path.Combine(_folder, "missing.json"), "--out", path, "--client-id", "acme");

            Assert.Equal(4, run.ExitCode);
            Assert.Contains("could not be read", run.Stderr);
            Assert.Equal(0, CliRun.Of("validate", path).ExitCode);
        }
    }
}
