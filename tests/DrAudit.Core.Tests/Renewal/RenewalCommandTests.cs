using DrAudit.Core.Packs;
using DrAudit.Core.Tests.Cli;
using DrAudit.Core.Tests.Packs;

namespace DrAudit.Core.Tests.Renewal
{
    /// <summary><c>draudit renewal</c> over the synthetic year: the pack written, exit 4 for a year with gaps, bad input
    /// exit 1, an existing pack without --force exit 2.</summary>
    public sealed class RenewalCommandTests : IClassFixture<RenewalYear>, IDisposable
    {
        private readonly RenewalYear _year;
        private readonly TempFolder _out = new TempFolder();

        public RenewalCommandTests(RenewalYear year) { _year = year; }

        public void Dispose() => _out.Dispose();

        [Fact]
        public void A_year_with_a_gap_and_a_tampered_pack_is_written_and_exits_4_with_each_shown()
        {
            var target = _out.Combine("renewal");
            var run = CliRun.Of("renewal", RenewalYear.ClientId, "--pack-root", _year.Root, "--to", "2026-11-15", "--out", target);

            Assert.Equal(4, run.ExitCode);
            Assert.Contains("Client: " + RenewalYear.NewName + " (acme-dental)", run.Stdout);
            Assert.Contains("months audited: 9 of 12", run.Stdout);
            Assert.Contains("Renewal pack: " + target, run.Stdout);
            Assert.Contains("Pack 2026-07-01 was changed after it was written", run.Stderr);
            Assert.Contains("Months not fully audited: Apr 2026, May 2026, Jul 2026.", run.Stderr);
            Assert.True(EvidencePackVerifier.Verify(target).Intact);
            Assert.True(File.Exists(Path.Combine(target, "renewal.html")));
            Assert.True(File.Exists(Path.Combine(target, "renewal.xlsx")));
            Assert.True(File.Exists(Path.Combine(target, "renewal.json")));
        }

        [Fact]
        public void A_whole_period_exits_0()
        {
            var run = CliRun.Of("renewal", _year.ClientFolder, "--from", "2026-10-01", "--to", "2026-11-15", "--out", _out.Combine("autumn"), "--format", "json");
            Assert.Equal(0, run.ExitCode);
            Assert.Contains("months audited: 2 of 2", run.Stdout);
        }

        /// <summary>The console summary's dates are ISO dates under a culture whose calendar is not the Gregorian one.</summary>
        [Fact]
        public void The_summary_prints_iso_dates_under_a_culture_with_another_calendar()
        {
            var previous = System.Globalization.CultureInfo.CurrentCulture;
            try
            {
                System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("ar-SA");
                var run = CliRun.Of("renewal", _year.ClientFolder, "--from", "2026-10-01", "--to", "2026-11-15", "--out", _out.Combine("ar"), "--format", "json");

                Assert.Equal(0, run.ExitCode);
                Assert.Contains("Period: 2026-10-01 to 2026-11-15; months audited: 2 of 2", run.Stdout);
            }
            finally
            {
                System.Globalization.CultureInfo.CurrentCulture = previous;
            }
        }

        [Fact]
        public void Bad_input_exits_1_and_an_existing_pack_without_force_exits_2()
        {
            var unknown = CliRun.Of("renewal", "nobody", "--pack-root", _year.Root, "--out", _out.Combine("x"));
            Assert.Equal(1, unknown.ExitCode);
            Assert.Contains("no folder for client 'nobody'", unknown.Stderr);
            Assert.False(Directory.Exists(_out.Combine("x")));

            var badDate = CliRun.Of("renewal", RenewalYear.ClientId, "--pack-root", _year.Root, "--from", "last year", "--out", _out.Combine("x"));
            Assert.Equal(1, badDate.ExitCode);
            Assert.Contains("--from 'last year' is not an ISO 8601", badDate.Stderr);

            var email = CliRun.Of("renewal", RenewalYear.ClientId, "--pack-root", _year.Root, "--format", "html,email", "--out", _out.Combine("x"));
            Assert.Equal(1, email.ExitCode);
            Assert.Contains("a renewal pack holds json, html and excel, not email", email.Stderr);
            Assert.False(Directory.Exists(_out.Combine("x")));

            var noOut = CliRun.Of("renewal", RenewalYear.ClientId, "--pack-root", _year.Root);
            Assert.Equal(1, noOut.ExitCode);

            var existing = _out.Combine("existing");
            Directory.CreateDirectory(existing);
            File.WriteAllText(Path.Combine(existing, "keep.txt"), "mine");
            var refused = CliRun.Of("renewal", RenewalYear.ClientId, "--pack-root", _year.Root, "--to", "2026-11-15", "--out", existing);
            Assert.Equal(2, refused.ExitCode);
            var forced = CliRun.Of("renewal", RenewalYear.ClientId, "--pack-root", _year.Root, "--to", "2026-11-15", "--out", existing, "--force");
            Assert.Equal(1, forced.ExitCode);
            Assert.Equal("mine", File.ReadAllText(Path.Combine(existing, "keep.txt")));
        }

        /// <summary>Export-DrRenewalPack refuses the same folders for the same reasons (RenewalPackCommandTests in the
        /// module tests): both front ends run <see cref="Core.Renewal.RenewalPackExporter"/>.</summary>
        [Fact]
        public void Force_never_replaces_a_folder_of_other_files_the_pack_root_or_the_client_folder()
        {
            var notes = _out.Combine("notes");
            Directory.CreateDirectory(notes);
            File.WriteAllText(Path.Combine(notes, "keep.txt"), "mine");
            var evidence = Path.Combine(_year.ClientFolder, "2026-11-01", PackManifest.FileName);
            var before = File.ReadAllBytes(evidence);
            foreach (var (target, reason) in new[]
            {
                (notes, "it is not a DrAudit renewal pack"),
                (_year.Root, "it is an input or the working folder of this run."),
                (_year.ClientFolder, "it is an input or the working folder of this run."),
            })
            {
                var run = CliRun.Of("renewal", RenewalYear.ClientId, "--pack-root", _year.Root, "--to", "2026-11-15", "--out", target, "--force");
                Assert.Equal(1, run.ExitCode);
                Assert.Contains("the renewal pack was not written: Refusing to replace " + target + ": " + reason, run.Stderr);
                Assert.DoesNotContain("Reading evidence packs", run.Stderr);
            }
            Assert.Equal("mine", File.ReadAllText(Path.Combine(notes, "keep.txt")));
            Assert.Equal(before, File.ReadAllBytes(evidence));
        }
    }
}
