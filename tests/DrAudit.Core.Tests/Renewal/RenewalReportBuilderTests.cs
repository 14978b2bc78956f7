using DrAudit.Core.Tests.Packs;
using DrAudit.Core.Hosting;
using DrAudit.Core.Model.Renewal;
using DrAudit.Core.Renewal;

namespace DrAudit.Core.Tests.Renewal
{
    /// <summary>The renewal read from a synthetic year of real packs (<see cref="RenewalYear"/>): the month table, root
    /// causes and how long they stayed open, restore tests against the targets, commitments, the budget ranking, and
    /// every gap, tampered pack, foreign pack and rename shown.</summary>
    public sealed class RenewalReportBuilderTests : IClassFixture<RenewalYear>
    {
        private readonly RenewalYear _year;
        private readonly RenewalReport _report;

        public RenewalReportBuilderTests(RenewalYear year)
        {
            _year = year;
            _report = Build(RenewalYear.ClientId, year.Root);
        }

        private static RenewalReport Build(string client, string? root, DateTimeOffset? from = null) =>
            RenewalReportBuilder.Build(new RenewalOptions { Client = client, PackRoot = root, From = from, To = RenewalYear.To, Clock = () => RenewalYear.To },
                new SilentAuditHost());

        [Fact]
        public void The_month_table_covers_twelve_calendar_months_and_shows_the_gap_the_incomplete_and_the_tampered_month()
        {
            Assert.Equal(new DateTimeOffset(2025, 12, 1, 0, 0, 0, TimeSpan.Zero), _report.From);
            Assert.Equal(Enumerable.Range(0, 12).Select(i => new DateTime(2025, 12, 1).AddMonths(i).ToString("yyyy-MM")), _report.Months.Select(m => m.Month));
            var states = _report.Months.ToDictionary(m => m.Month, m => m.State);
            Assert.Equal(RenewalMonthState.NoPack, states["2026-04"]);
            Assert.Equal(RenewalMonthState.Incomplete, states["2026-05"]);
            Assert.Equal(RenewalMonthState.NotUsable, states["2026-07"]);
            Assert.All(_report.Months.Where(m => m.Month != "2026-04" && m.Month != "2026-05" && m.Month != "2026-07"), m => Assert.Equal(RenewalMonthState.Audited, m.State));
            Assert.Equal(9, _report.MonthsAudited);
            Assert.Equal(3, _report.MonthsNotAudited);
            Assert.Contains("Months not fully audited: Apr 2026, May 2026, Jul 2026.", _report.Notes);
        }

        [Fact]
        public void Every_month_names_its_pack_and_the_sha256_of_that_packs_manifest()
        {
            // Every month with a usable pack (all but the gap and the tampered month) is checked below.
            Assert.Equal(_report.Months.Where(m => m.State != RenewalMonthState.NoPack && m.State != RenewalMonthState.NotUsable).Select(m => m.Month),
                _report.Months.Where(m => m.Pack != null).Select(m => m.Month));
            Assert.Equal(10, _report.Months.Count(m => m.Pack != null));
            foreach (var month in _report.Months.Where(m => m.Pack != null))
            {
                Assert.Equal(month.Month + "-01", month.Pack);
                Assert.Equal(_year.ManifestSha(month.Pack!), month.ManifestSha256);
                Assert.Equal(64, month.ManifestSha256!.Length);
                Assert.NotNull(month.MaturityLevel);
                Assert.Equal(2, month.ServicesTotal);
            }
            Assert.All(_report.Packs.Where(p => p.State != RenewalPackState.Unreadable), p => Assert.Equal(_year.ManifestSha(p.Folder), p.ManifestSha256));
        }

        [Fact]
        public void Root_causes_open_and_close_with_the_days_between_the_audits_that_saw_them()
        {
            var mail = Assert.Single(_report.RootCauses, c => c.Key == "component/mail-01/no-backup");
            Assert.True(mail.OpenAtStart);
            Assert.Equal("2025-12-01", mail.OpenedPack);
            Assert.Equal("2026-03-01", mail.ResolvedPack);
            Assert.Equal(90, mail.DaysOpen);
            Assert.False(mail.StillOpen);

            var database = Assert.Single(_report.RootCauses, c => c.Key == "component/pm-db/out-of-date");
            Assert.False(database.OpenAtStart);
            Assert.Equal("2026-08-01", database.OpenedPack);
            Assert.Equal("2026-10-01", database.ResolvedPack);
            Assert.Equal(61, database.DaysOpen);

            var unreadable = Assert.Single(_report.RootCauses, c => c.Key == "source/main/unreadable");
            Assert.Equal("2026-05-01", unreadable.OpenedPack);
            Assert.Equal("2026-06-01", unreadable.ResolvedPack);

            var stillOpen = Assert.Single(_report.RootCauses, c => c.Key == "service/email/targets-not-approved");
            Assert.True(stillOpen.StillOpen);
            Assert.Equal("2026-11-01", stillOpen.LastSeenPack);
            Assert.Equal(335, stillOpen.DaysOpen);
        }

        [Fact]
        public void An_incomplete_audit_resolves_nothing_and_a_tampered_packs_figures_are_used_nowhere()
        {
            Assert.DoesNotContain(_report.RootCauses, c => c.ResolvedPack == "2026-05-01");
            var tampered = Assert.Single(_report.Packs, p => p.Folder == "2026-07-01");
            Assert.Equal(RenewalPackState.Tampered, tampered.State);
            Assert.Contains("readiness.json: changed", tampered.FileProblems);
            Assert.Null(tampered.MaturityLevel);
            Assert.DoesNotContain(_report.Months, m => m.Pack == "2026-07-01");
            Assert.DoesNotContain(_report.RootCauses, c => c.OpenedPack == "2026-07-01" || c.ResolvedPack == "2026-07-01" || c.LastSeenPack == "2026-07-01");
            Assert.DoesNotContain(_report.RestoreTests, t => t.Pack == "2026-07-01");
            Assert.DoesNotContain(_report.Budget, b => b.Pack == "2026-07-01");
            Assert.Contains("Pack 2026-07-01 was changed after it was written: its figures are not used.", _report.Notes);
        }

        [Fact]
        public void A_pack_of_another_client_in_the_folder_is_shown_and_not_used()
        {
            var foreign = Assert.Single(_report.Packs, p => p.Folder == "2026-09-01.2");
            Assert.Equal(RenewalPackState.OtherClient, foreign.State);
            Assert.Equal("other-client", foreign.ClientId);
            Assert.Equal("2026-09-01", _report.Months.Single(m => m.Month == "2026-09").Pack);
            Assert.Contains(_report.Notes, n => n.Contains("2026-09-01.2") && n.Contains("other-client"));
        }

        [Fact]
        public void A_client_renamed_mid_year_is_shown_under_its_latest_name()
        {
            Assert.Equal(RenewalYear.NewName, _report.ClientName);
            Assert.Equal(new[] { RenewalYear.OldName, RenewalYear.NewName }, _report.Names.Select(n => n.Name));
            Assert.Equal("2026-06-01", _report.Names[1].FirstPack);
            Assert.Contains(_report.Notes, n => n.StartsWith("The client was renamed during the period", StringComparison.Ordinal));
        }

        [Fact]
        public void Restore_tests_are_traced_to_the_first_pack_that_recorded_them_with_the_rto_each_proved()
        {
            Assert.Equal(3, _report.RestoreTests.Count);
            var first = _report.RestoreTests[0];
            Assert.Equal(new DateTimeOffset(2026, 2, 10, 0, 0, 0, TimeSpan.Zero), first.Date);
            Assert.Equal("2026-03-01", first.Pack);
            Assert.Equal(_year.ManifestSha("2026-03-01"), first.ManifestSha256);
            Assert.Equal(new bool?[] { true, true, false }, _report.RestoreTests.Select(t => t.RtoProven));
            Assert.Equal("2026-05-01", _report.RestoreTests[1].Pack); // dated 1 May, the audit point of the (incomplete, verified) May pack
        }

        [Fact]
        public void Each_service_shows_what_its_targets_required_against_what_was_done()
        {
            var practice = _report.Testing.Single(t => t.Service == "practice");
            Assert.Equal(2, practice.RestoreTestsRequired);
            Assert.Equal(2, practice.RestoreTestsSucceeded);
            Assert.Equal(1, practice.RtoProvenTimes);
            Assert.Equal(3, practice.BestRestoreHours);
            Assert.Equal(1, practice.ExercisesRequired);
            Assert.Equal(1, practice.ExercisesDone);
            Assert.True(practice.MetRequirement);
            var email = _report.Testing.Single(t => t.Service == "email");
            Assert.Equal(1, email.RestoreTestsRequired);
            Assert.Equal(0, email.ExercisesRequired);
            var exercise = Assert.Single(_report.Exercises);
            Assert.Equal("2026-05-01", exercise.Pack);
        }

        [Fact]
        public void Approvals_attestations_and_exceptions_show_what_expired_and_what_falls_due_next_year()
        {
            var byKind = _report.Commitments.ToLookup(c => c.Kind);
            var practice = byKind[RenewalCommitmentKind.TargetsApproval].Single(c => c.Services.SequenceEqual(new[] { "practice" }));
            Assert.Equal(RenewalCommitmentStatus.DueInComingYear, practice.Status);
            Assert.Equal(new DateTimeOffset(2026, 12, 15, 0, 0, 0, TimeSpan.Zero), practice.Due);
            var email = byKind[RenewalCommitmentKind.TargetsApproval].Single(c => c.Services.SequenceEqual(new[] { "email" }));
            Assert.Equal(RenewalCommitmentStatus.Expired, email.Status);
            Assert.Null(email.On);
            var exception = Assert.Single(byKind[RenewalCommitmentKind.Exception]);
            Assert.Equal(RenewalCommitmentStatus.Expired, exception.Status);
            Assert.Equal("Accepted risk on E8-RB-11 (Backup administrators cannot modify or delete backups during their retention period) for Email: Old NAS <cannot> lock backups", exception.Subject);
            Assert.Equal(RenewalCommitmentStatus.Expired, byKind[RenewalCommitmentKind.RecoveryPlanReview].Single().Status);
            Assert.Equal(RenewalCommitmentStatus.DueInComingYear, byKind[RenewalCommitmentKind.AccessAttestation].Single().Status);
            Assert.All(_report.Commitments, c => Assert.Equal(_year.ManifestSha(c.Pack), c.ManifestSha256));
        }

        [Fact]
        public void The_budget_holds_open_causes_and_renewals_ranked_by_the_shortest_rto_then_severity()
        {
            Assert.Equal(Enumerable.Range(1, _report.Budget.Count), _report.Budget.Select(b => b.Rank));
            Assert.Equal(_report.RootCauses.Count(c => c.StillOpen), _report.Budget.Count(b => b.Kind == RenewalBudgetItemKind.OpenRootCause));
            Assert.Equal(_report.Commitments.Count(c => c.Status != RenewalCommitmentStatus.Current), _report.Budget.Count(b => b.Kind == RenewalBudgetItemKind.Renewal));
            for (var i = 1; i < _report.Budget.Count; i++)
            {
                var (before, after) = (_report.Budget[i - 1], _report.Budget[i]);
                Assert.True(before.RtoHours <= after.RtoHours, before.Title + " ranks above " + after.Title);
                if (before.RtoHours == after.RtoHours) Assert.True(before.Severity >= after.Severity);
            }
            Assert.Equal("critical", _report.Budget[0].Tier);
            Assert.Contains(_report.Budget, b => b.Kind == RenewalBudgetItemKind.Renewal && b.Title == "Recovery targets of Email" && b.Reason == "never given");
            Assert.All(_report.Budget, b => Assert.Equal(_year.ManifestSha(b.Pack), b.ManifestSha256));
        }

        [Fact]
        public void The_client_folder_itself_gives_the_same_renewal()
        {
            var byFolder = Build(_year.ClientFolder, null);
            Assert.Equal(RenewalYear.ClientId, byFolder.ClientId);
            Assert.Equal(_report.Months.Select(m => m.Pack), byFolder.Months.Select(m => m.Pack));
            Assert.Equal(_report.RootCauses.Select(c => c.Key + c.DaysOpen), byFolder.RootCauses.Select(c => c.Key + c.DaysOpen));
        }

        [Fact]
        public void A_period_given_with_from_reads_only_its_packs()
        {
            var autumn = Build(RenewalYear.ClientId, _year.Root, new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero));
            Assert.Equal(new[] { "2026-09", "2026-10", "2026-11" }, autumn.Months.Select(m => m.Month));
            Assert.Equal(new[] { "2026-09-01", "2026-09-01.2", "2026-10-01", "2026-11-01" }, autumn.Packs.Select(p => p.Folder));
        }

        [Fact]
        public void An_unreadable_pack_is_noted_in_sentences_the_client_can_read()
        {
            using var temp = new TempFolder();
            var dated = Path.Combine(temp.Combine("packs"), RenewalYear.ClientId, "2026-07-01");
            Directory.CreateDirectory(dated);
            File.WriteAllText(Path.Combine(dated, "notes.txt"), "not a pack");
            var report = Build(RenewalYear.ClientId, temp.Combine("packs"));
            Assert.Contains("Pack 2026-07-01 cannot be read. It has no list of file fingerprints (manifest): it is not a finished evidence pack.", report.Notes);
            Assert.DoesNotContain(report.Notes, n => n.Contains(": It", StringComparison.Ordinal));
        }

        [Fact]
        public void A_client_without_a_folder_or_a_period_that_ends_first_is_bad_input()
        {
            var missing = Assert.Throws<RenewalException>(() => Build("nobody", _year.Root));
            Assert.Contains("'nobody'", missing.Message);
            var backwards = Assert.Throws<RenewalException>(() => Build(RenewalYear.ClientId, _year.Root, RenewalYear.To.AddDays(1)));
            Assert.Contains("on or after it ends", backwards.Message);
        }
    }
}
