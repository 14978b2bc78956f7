using System.Globalization;
using DrAudit.Core.Catalogue;
using DrAudit.Core.Evaluation;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Inventory;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Packs;
using DrAudit.Core.Tests.Support;
using static DrAudit.Core.Tests.Evaluation.DataRules.DataRuleScenario;

namespace DrAudit.Core.Tests.Scoring
{
    /// <summary>Root causes (controls.md "Root causes"): every rule of the grouping, scored with the real rules.</summary>
    public class RootCauseTests
    {
        private static ReadinessResult Evaluate(Scenario s) =>
            ReadinessEvaluator.Evaluate(s.Context(), ControlCatalogue.Default, "9.9.9", ScoringHarness.GeneratedAt);

        private static RootCause CauseOf(ReadinessResult result, string findingKey) =>
            Assert.Single(result.RootCauses, c => c.Findings.Contains(findingKey));

        private static void AssertPartition(ReadinessResult result)
        {
            var placed = result.RootCauses.SelectMany(c => c.Findings).ToList();
            Assert.Equal(result.Findings.Select(f => f.Key).OrderBy(k => k, StringComparer.Ordinal), placed.OrderBy(k => k, StringComparer.Ordinal));
            Assert.All(result.RootCauses, c => Assert.NotEmpty(c.Findings));
            Assert.Equal(result.RootCauses.Count, result.RootCauses.Select(c => c.Key).Distinct().Count());
        }

        /// <summary>Two protected components in a critical service "payroll", plus whatever the test adds.</summary>
        private static Scenario Healthy(params string[] extra)
        {
            var s = New();
            Protect(s, "db");
            Protect(s, "app");
            s.Service("payroll", "critical", new[] { "db", "app" }.Concat(extra).ToArray());
            return s;
        }

        [Fact]
        public void A_component_with_no_backup_job_is_one_cause_for_every_control_it_fails()
        {
            var s = Healthy("licence");
            s.Component("licence");

            var result = Evaluate(s);
            var cause = CauseOf(result, "E8-RB-01/payroll");

            Assert.Equal("component/licence/no-backup", cause.Key);
            Assert.Equal(new[] { "E8-RB-01", "E8-RB-02", "E8-RB-03", "E8-RB-11", "DR-02", "DR-03", "DR-08", "DR-10" }, cause.Controls);
            Assert.Equal(new[] { "payroll" }, cause.Services);
            Assert.Equal("LICENCE is not backed up", cause.Title);
            Assert.Contains("LICENCE", cause.Remediation);
            AssertPartition(result);
        }

        [Fact]
        public void A_component_shared_by_two_services_is_one_cause_naming_both()
        {
            var s = Healthy("licence");
            s.Component("licence");
            Protect(s, "web");
            s.Service("bookings", "important", "web", "licence");

            var result = Evaluate(s);

            var cause = CauseOf(result, "DR-02/payroll");
            Assert.Same(cause, CauseOf(result, "DR-02/bookings"));
            Assert.Equal(new[] { "payroll", "bookings" }, cause.Services);
            Assert.Equal(Severity.High, cause.Severity);
            AssertPartition(result);
        }

        [Fact]
        public void A_component_whose_newest_good_point_is_older_than_the_rpo_is_one_out_of_date_cause()
        {
            var s = New();
            Protect(s, "db");
            Protect(s, "app", newestAge: TimeSpan.FromHours(30), interval: TimeSpan.FromHours(24));
            s.Service("payroll", "critical", "db", "app");

            var result = Evaluate(s);
            var cause = CauseOf(result, "DR-03/payroll");

            Assert.Equal("component/app/out-of-date", cause.Key);
            Assert.Contains("E8-RB-01", cause.Controls);
            Assert.Contains("DR-03", cause.Controls);
            AssertPartition(result);
        }

        [Fact]
        public void A_failed_source_explains_every_no_visibility_that_follows_from_it()
        {
            var s = Healthy("mail", "sites");
            s.Component("mail", source: "m365");
            s.Component("sites", source: "m365");
            s.FailSource("m365", "token expired");

            var result = Evaluate(s);

            var cause = Assert.Single(result.RootCauses, c => c.Key == "source/m365/unreadable");
            var noVisibility = result.Findings.Where(f => f.Outcome == Outcome.NoVisibility && f.Service == "payroll" &&
                                                          f.Control != "DR-04" && f.Control != "DR-05" && f.Control != "DR-06").Select(f => f.Key).ToList();
            Assert.NotEmpty(noVisibility);
            Assert.All(noVisibility, k => Assert.Contains(k, cause.Findings));
            Assert.Contains("could not be read", cause.Title);
            Assert.DoesNotContain("token expired", cause.Title + cause.Remediation);
            Assert.False(result.Complete);
            AssertPartition(result);
        }

        [Fact]
        public void An_audit_whose_sources_were_all_read_is_complete()
        {
            Assert.True(Evaluate(Healthy()).Complete);
        }

        [Fact]
        public void One_overdue_exercise_action_is_one_cause_across_all_services()
        {
            var s = Healthy();
            Protect(s, "web");
            s.Service("bookings", "standard", "web");
            s.Definition.Exercises.Add(new Exercise
            {
                Date = s.DaysAgo(100), Kind = ExerciseKind.Tabletop, Services = { "payroll" },
                Actions = { new ExerciseAction { Id = "A-1", Text = "Document the licence server rebuild.", Owner = "L2 team", Due = s.DaysAgo(30) } },
            });

            var result = Evaluate(s);
            var cause = CauseOf(result, "DR-13/payroll");

            Assert.Equal("exercise/" + s.DaysAgo(100).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "/A-1/overdue", cause.Key);
            Assert.Equal(new[] { "DR-13/payroll", "DR-13/bookings" }, cause.Findings);
            Assert.Contains("L2 team", cause.Remediation);
            AssertPartition(result);
        }

        [Fact]
        public void Missing_access_statements_are_one_cause_and_a_negative_one_is_its_own()
        {
            var s = Healthy();
            s.Definition.Access = new AccessDefinition
            {
                Attested = new AccessAttestation { By = "Sam Lee", On = s.DaysAgo(10), UnprivilegedCannotModify = false, UnprivilegedCannotAccessOthers = true },
            };

            var result = Evaluate(s);

            var missing = CauseOf(result, "E8-RB-07");
            Assert.Equal("access/not-attested", missing.Key);
            Assert.Equal(new[] { "E8-RB-07", "E8-RB-08", "E8-RB-09", "E8-RB-10" }, missing.Controls);
            Assert.Empty(missing.Services);
            var negative = CauseOf(result, "E8-RB-06");
            Assert.Equal("access/unprivilegedCannotModify/not-met", negative.Key);
            Assert.Equal(new[] { "E8-RB-06" }, negative.Findings);
            Assert.DoesNotContain("access.attested", missing.Title + missing.Remediation + negative.Title + negative.Remediation);
            // Two statements are signed: the title must not claim that no one confirmed anything.
            Assert.DoesNotContain("No one", missing.Title);
            Assert.Contains("not been fully confirmed", missing.Title);
            AssertPartition(result);
        }

        [Fact]
        public void Unapproved_targets_are_a_cause_per_service()
        {
            var s = Healthy();
            var result = Evaluate(s);
            Assert.Equal("service/payroll/targets-not-approved", CauseOf(result, "DR-01/payroll").Key);
        }

        [Fact]
        public void A_service_without_a_qualifying_restore_test_is_one_restore_testing_cause()
        {
            var s = Healthy();
            var result = Evaluate(s);

            var cause = CauseOf(result, "DR-04/payroll");
            Assert.Equal("service/payroll/restore-testing", cause.Key);
            Assert.Equal(new[] { "E8-RB-04", "DR-04", "DR-05", "DR-06" }, cause.Controls);
        }

        [Fact]
        public void A_too_slow_restore_test_is_the_same_restore_testing_cause()
        {
            var s = Healthy();
            s.RestoreTest("payroll", s.DaysAgo(10), RestoreScope.FullService, duration: "30h", exercise: true);
            var result = Evaluate(s);

            var cause = CauseOf(result, "DR-04/payroll");
            Assert.Equal("service/payroll/restore-testing", cause.Key);
            Assert.Equal(new[] { "DR-04/payroll" }, cause.Findings);
        }

        [Fact]
        public void An_unencrypted_repository_is_one_cause_for_every_service_it_holds()
        {
            var s = New();
            s.Source("main").Repositories.Single(r => r.Id == "local").Encrypted = false;
            Protect(s, "db");
            Protect(s, "web");
            s.Service("payroll", "critical", "db");
            s.Service("bookings", "important", "web");

            var result = Evaluate(s);
            var cause = CauseOf(result, "E8-RB-03/payroll");

            Assert.Equal("repository/main/local/not-encrypted", cause.Key);
            Assert.Equal(new[] { "E8-RB-03/payroll", "E8-RB-03/bookings" }, cause.Findings);
            AssertPartition(result);
        }

        [Fact]
        public void A_repository_not_immutable_for_its_retention_is_one_cause()
        {
            var s = New();
            s.Source("main").Repositories.Single(r => r.Id == "cloud").ImmutableDays = 14;
            Protect(s, "db");
            s.Service("payroll", "critical", "db");

            var result = Evaluate(s);
            var cause = CauseOf(result, "E8-RB-11/payroll");

            Assert.StartsWith("repository/main/", cause.Key);
            Assert.EndsWith("/not-immutable", cause.Key);
        }

        [Fact]
        public void A_component_with_no_copy_off_site_or_out_of_reach_is_one_cause()
        {
            var s = New();
            var db = s.Component("db");
            s.Job("j-db", "local", "90d", JobKind.Backup, "main", "db");
            s.Runs("j-db", s.DaysAgo(34), s.AsOf.AddHours(-1), TimeSpan.FromHours(2));
            s.Service("payroll", "critical", "db");

            var result = Evaluate(s);
            var cause = CauseOf(result, "DR-08/payroll");

            Assert.Equal("component/db/no-offsite-copy", cause.Key);
            Assert.Equal(new[] { "E8-RB-03/payroll", "DR-08/payroll" }, cause.Findings.OrderBy(k => k, StringComparer.Ordinal).Reverse().ToArray());
        }

        [Fact]
        public void A_finding_that_shares_its_cause_with_no_other_is_its_own_root_cause()
        {
            var s = Healthy();
            var result = Evaluate(s);

            var cause = CauseOf(result, "DR-12/payroll");
            Assert.Equal("finding/DR-12/payroll", cause.Key);
            var finding = result.Findings.Single(f => f.Key == "DR-12/payroll");
            Assert.Equal(finding.Statement, cause.Title);
            Assert.Equal(finding.Remediation, cause.Remediation);
            Assert.Equal(new[] { "DR-12" }, cause.Controls);
        }

        [Fact]
        public void A_finding_with_two_causes_goes_to_the_one_that_explains_more()
        {
            // payroll fails E8-RB-01 on both: db is out of date (E8-RB-01, DR-03) and licence has no job (7 controls).
            var s = New();
            Protect(s, "db", newestAge: TimeSpan.FromHours(30), interval: TimeSpan.FromHours(24));
            s.Component("licence");
            s.Service("payroll", "critical", "db", "licence");

            var result = Evaluate(s);

            Assert.Equal("component/licence/no-backup", CauseOf(result, "E8-RB-01/payroll").Key);
            Assert.Equal("component/licence/no-backup", CauseOf(result, "DR-03/payroll").Key);
            Assert.DoesNotContain(result.RootCauses, c => c.Key == "component/db/out-of-date");
            AssertPartition(result);
        }

        [Fact]
        public void Root_causes_are_ordered_by_severity_then_services_affected_then_key()
        {
            var s = Healthy();
            Protect(s, "web");
            s.Service("bookings", "standard", "web");
            var result = Evaluate(s);

            var expected = result.RootCauses
                .OrderByDescending(c => c.Severity).ThenByDescending(c => c.Services.Count).ThenBy(c => c.Key, StringComparer.Ordinal)
                .Select(c => c.Key).ToList();
            Assert.Equal(expected, result.RootCauses.Select(c => c.Key).ToList());
            Assert.True(result.RootCauses.Count > 3);
            Assert.All(result.RootCauses, c => Assert.Equal(
                result.Findings.Where(f => c.Findings.Contains(f.Key)).Max(f => f.Severity), c.Severity));
        }

        [Fact]
        public void Keys_and_the_json_are_the_same_across_runs_and_cultures()
        {
            static string Run(string culture)
            {
                var previous = CultureInfo.CurrentCulture;
                var previousUi = CultureInfo.CurrentUICulture;
                try
                {
                    CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
                    var s = Healthy("licence");
                    s.Component("licence");
                    s.Component("mail", source: "m365");
                    s.Service("email", "important", "mail");
                    s.FailSource("m365");
                    s.Definition.Exercises.Add(new Exercise
                    {
                        Date = s.DaysAgo(100), Kind = ExerciseKind.Full, Services = { "payroll" },
                        Actions = { new ExerciseAction { Id = "İ-1", Text = "Fix it", Due = s.DaysAgo(30) } },
                    });
                    var result = Evaluate(s);
                    return string.Join("\n", result.RootCauses.Select(c => c.Key + " " + string.Join(",", c.Findings))) + "\n" +
                           ReadinessJson.Serialize(result).Replace(result.GeneratedAt.ToString("o", CultureInfo.InvariantCulture), "");
                }
                finally
                {
                    CultureInfo.CurrentCulture = previous;
                    CultureInfo.CurrentUICulture = previousUi;
                }
            }

            var invariant = Run("en-AU");
            Assert.Equal(invariant, Run("en-AU"));
            Assert.Equal(invariant, Run("tr-TR"));
            Assert.Equal(invariant, Run("ar-SA"));
            Assert.Contains("source/m365/unreadable", invariant);
        }

        [Fact]
        public void Readiness_json_carries_complete_and_root_causes_in_camel_case()
        {
            var s = Healthy("licence");
            s.Component("licence");
            var json = ReadinessJson.Serialize(Evaluate(s));

            Assert.Contains("\"complete\": true", json);
            Assert.Contains("\"rootCauses\": [", json);
            Assert.Contains("\"key\": \"component/licence/no-backup\"", json);
        }
    }
}
