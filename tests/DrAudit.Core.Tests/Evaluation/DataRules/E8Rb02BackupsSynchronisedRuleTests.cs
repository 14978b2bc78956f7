using DrAudit.Core.Evaluation.Rules;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Tests.Support;
using static DrAudit.Core.Tests.Evaluation.DataRules.DataRuleScenario;

namespace DrAudit.Core.Tests.Evaluation.DataRules
{
    public class E8Rb02BackupsSynchronisedRuleTests
    {
        private static Scenario TwoComponents(TimeSpan aAgo, TimeSpan bAgo)
        {
            var s = New();
            s.Component("a");
            s.Component("b");
            Point(s, "a", s.AsOf - aAgo);
            Point(s, "b", s.AsOf - bAgo);
            s.Service("payroll", "critical", "a", "b");
            return s;
        }

        [Fact]
        public void Components_backed_up_together_are_effective()
        {
            var s = New();
            Protect(s, "db");
            Protect(s, "app");
            s.Service("payroll", "critical", "db", "app");

            var j = Judge<E8Rb02BackupsSynchronisedRule>(s);

            Assert.Equal(Outcome.Effective, j.Outcome);
            Assert.Equal("Payroll: every component has a good restore point within 2 hours of 2026-10-31 23:00Z, the latest common point in time in the last 35 days.", j.Statement);
            Assert.Equal(EvidenceQuality.Fair, j.Quality);
            Assert.Contains(j.Evidence, e => e.StartsWith("main: point of 'db' at 2026-10-31 23:00Z"));
        }

        [Fact]
        public void Points_exactly_sync_tolerance_apart_form_a_common_point()
        {
            var s = TwoComponents(TimeSpan.FromDays(10), TimeSpan.FromDays(10) - TimeSpan.FromHours(2));

            Assert.Equal(Outcome.Effective, Judge<E8Rb02BackupsSynchronisedRule>(s).Outcome);
        }

        [Fact]
        public void Points_one_minute_more_than_sync_tolerance_apart_do_not()
        {
            var s = TwoComponents(TimeSpan.FromDays(10), TimeSpan.FromDays(10) - TimeSpan.FromHours(2) - TimeSpan.FromMinutes(1));

            var j = Judge<E8Rb02BackupsSynchronisedRule>(s);

            Assert.Equal(Outcome.Ineffective, j.Outcome);
            Assert.Equal("Payroll: no moment in the last 35 days has a good restore point of every component within 2 hours of each other; " +
                         "at best 1 of 2 components line up (at 2026-10-22 02:01Z), without A.", j.Statement);
        }

        [Fact]
        public void A_component_without_points_in_the_window_is_named()
        {
            var s = TwoComponents(TimeSpan.FromHours(1), TimeSpan.FromDays(40));

            var j = Judge<E8Rb02BackupsSynchronisedRule>(s);

            Assert.Equal(Outcome.Ineffective, j.Outcome);
            Assert.EndsWith("; B has no good restore point in that time.", j.Statement);
            Assert.Contains(j.Evidence, e => e.Contains("no good restore point of B between 2026-09-26 22:00Z and 2026-11-01 00:00Z"));
        }

        [Fact]
        public void Points_shortly_before_the_window_may_complete_a_set()
        {
            var start = Scenario.DefaultAsOf - TimeSpan.FromDays(35);
            var s = TwoComponents(Scenario.DefaultAsOf - start.AddHours(-1), Scenario.DefaultAsOf - start.AddMinutes(-30));

            Assert.Equal(Outcome.Effective, Judge<E8Rb02BackupsSynchronisedRule>(s).Outcome);
        }

        [Fact]
        public void Points_more_than_sync_tolerance_before_the_window_do_not()
        {
            var start = Scenario.DefaultAsOf - TimeSpan.FromDays(35);
            var s = TwoComponents(Scenario.DefaultAsOf - start.AddHours(-2).AddMinutes(-1), Scenario.DefaultAsOf - start);

            Assert.Equal(Outcome.Ineffective, Judge<E8Rb02BackupsSynchronisedRule>(s).Outcome);
        }

        [Fact]
        public void One_component_needs_any_good_point_inside_the_window()
        {
            var inside = New();
            inside.Component("a");
            Point(inside, "a", inside.AsOf - TimeSpan.FromDays(35));
            inside.Service("payroll", "critical", "a");
            var before = New();
            before.Component("a");
            Point(before, "a", before.AsOf - TimeSpan.FromDays(35) - TimeSpan.FromMinutes(1));
            before.Service("payroll", "critical", "a");

            var ok = Judge<E8Rb02BackupsSynchronisedRule>(inside);
            var notOk = Judge<E8Rb02BackupsSynchronisedRule>(before);

            Assert.Equal(Outcome.Effective, ok.Outcome);
            Assert.Contains("(A) has a good restore point in the last 35 days, the latest at 2026-09-27 00:00Z", ok.Statement);
            Assert.Equal(Outcome.Ineffective, notOk.Outcome);
            Assert.Contains("A has no good restore point in that time", notOk.Statement);
        }

        [Fact]
        public void Visible_components_that_cannot_line_up_are_ineffective_despite_a_failed_source()
        {
            var s = TwoComponents(TimeSpan.FromDays(1), TimeSpan.FromDays(2));
            s.Component("mail", source: "m365");
            s.FailSource("m365");
            s.Definition.Services[0].Components.Add("mail");

            var j = Judge<E8Rb02BackupsSynchronisedRule>(s);

            Assert.Equal(Outcome.Ineffective, j.Outcome);
            Assert.Contains("at best 1 of 3 components", j.Statement);
        }

        [Fact]
        public void The_sync_tolerance_of_the_service_is_used()
        {
            var s = TwoComponents(TimeSpan.FromDays(3), TimeSpan.FromDays(2));
            s.Definition.Services[0].Targets.SyncTolerance = Model.Duration.FromDays(1);

            Assert.Equal(Outcome.Effective, Judge<E8Rb02BackupsSynchronisedRule>(s).Outcome);
        }

        [Fact]
        public void Not_applicable_without_components_needing_backup()
        {
            var s = New();
            s.Component("saas", ComponentKind.Saas, match: false).Backup = new BackupSpec { Required = false, Reason = "vendor" };
            s.Service("payroll", "critical", "saas");

            Assert.Equal(Outcome.NotApplicable, Judge<E8Rb02BackupsSynchronisedRule>(s).Outcome);
        }

        [Fact]
        public void Sliding_window_agrees_with_brute_force_on_random_data()
        {
            var random = new Random(20261101);
            for (int round = 0; round < 200; round++)
            {
                var s = New();
                int components = random.Next(1, 5);
                var ids = Enumerable.Range(0, components).Select(i => "c" + i).ToArray();
                var times = new List<DateTimeOffset>[components];
                for (int c = 0; c < components; c++)
                {
                    s.Component(ids[c]);
                    times[c] = new List<DateTimeOffset>();
                    int points = random.Next(0, 6);
                    for (int p = 0; p < points; p++)
                    {
                        var t = s.AsOf - TimeSpan.FromMinutes(random.Next(0, 38 * 24 * 60 / 10) * 10);
                        times[c].Add(t);
                        Point(s, ids[c], t);
                    }
                }
                s.Service("payroll", "critical", ids);

                var expected = BruteForce(s.AsOf, times, TimeSpan.FromDays(35), TimeSpan.FromHours(2));
                var actual = Judge<E8Rb02BackupsSynchronisedRule>(s).Outcome;

                Assert.Equal(expected ? Outcome.Effective : Outcome.Ineffective, actual);
            }
        }

        /// <summary>Tries every candidate T (each point time and the window start, within the window).</summary>
        private static bool BruteForce(DateTimeOffset asOf, List<DateTimeOffset>[] times, TimeSpan window, TimeSpan tolerance)
        {
            var start = asOf - window;
            if (times.Length == 1) return times[0].Any(t => t >= start && t <= asOf);
            var candidates = times.SelectMany(t => t).Append(start).Where(t => t >= start && t <= asOf);
            return candidates.Any(t => times.All(list => list.Any(p => p >= t - tolerance && p <= t)));
        }
    }
}
