using DrAudit.Core.Evaluation;
using DrAudit.Core.Evaluation.Rules;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Tests.Support;

namespace DrAudit.Core.Tests.Evaluation.DefinitionRules
{
    public class Dr13ExercisesAndActionsRuleTests
    {
        private readonly Scenario _scenario = new Scenario();

        public Dr13ExercisesAndActionsRuleTests()
        {
            _scenario.Component("db");
            _scenario.Service("payroll", "critical", "db");
            _scenario.Service("email", "important", "db");
        }

        private Judgement Judge(string service = "payroll") => new Dr13ExercisesAndActionsRule().Judge(_scenario.ServiceContext(service));

        private Exercise Exercise(double daysAgo, params string[] services)
        {
            var exercise = new Exercise { Date = _scenario.DaysAgo(daysAgo), Kind = ExerciseKind.Tabletop, Services = services.ToList() };
            _scenario.Definition.Exercises.Add(exercise);
            return exercise;
        }

        private static ExerciseAction Action(Exercise exercise, DateTimeOffset due, DateTimeOffset? closedOn = null)
        {
            var action = new ExerciseAction { Id = "A-" + (exercise.Actions.Count + 1), Text = "Test break-glass login", Owner = "Northwind L2", Due = due, ClosedOn = closedOn };
            exercise.Actions.Add(action);
            return action;
        }

        [Fact]
        public void Critical_service_exercised_this_year_without_overdue_actions_is_effective()
        {
            Exercise(165, "payroll", "email");
            var judgement = Judge();
            Assert.Equal(Outcome.Effective, judgement.Outcome);
            Assert.Equal(EvidenceQuality.Poor, judgement.Quality);
            Assert.Equal("Payroll was last exercised on 2026-05-20 (tabletop, 165 days ago) and no exercise action is overdue.", judgement.Statement);
            Assert.Equal("client.yaml: exercises[2026-05-20] tabletop, services payroll email", Assert.Single(judgement.Evidence));
        }

        [Fact]
        public void Exercise_exactly_365_days_ago_is_effective()
        {
            Exercise(365, "payroll");
            Assert.Equal(Outcome.Effective, Judge().Outcome);
        }

        [Fact]
        public void Exercise_366_days_ago_is_ineffective()
        {
            Exercise(366, "payroll");
            var judgement = Judge();
            Assert.Equal(Outcome.Ineffective, judgement.Outcome);
            Assert.Equal("Payroll was last exercised on 2025-10-31 (tabletop, 366 days ago); a critical service should be exercised at least every 365 days.", judgement.Statement);
        }

        [Fact]
        public void Critical_service_never_exercised_is_ineffective()
        {
            Exercise(10, "email");
            var judgement = Judge();
            Assert.Equal(Outcome.Ineffective, judgement.Outcome);
            Assert.Equal("Payroll, a critical service, has not been part of any recorded DR exercise.", judgement.Statement);
        }

        [Fact]
        public void Exercise_after_as_of_is_ignored()
        {
            Exercise(-5, "payroll");
            Assert.Equal(Outcome.Ineffective, Judge().Outcome);
        }

        [Fact]
        public void Action_due_yesterday_and_open_is_ineffective_for_every_service()
        {
            var exercise = Exercise(165, "payroll");
            Action(exercise, _scenario.DaysAgo(1));
            var payroll = Judge();
            Assert.Equal(Outcome.Ineffective, payroll.Outcome);
            Assert.Equal("Action A-1 from the 2026-05-20 tabletop exercise (\"Test break-glass login\", owner Northwind L2) was due on 2026-10-31 and is still open.", payroll.Statement);
            Assert.Contains("client.yaml: exercises[2026-05-20].actions[A-1] due 2026-10-31, not closed", payroll.Evidence);
            Assert.Equal(Outcome.Ineffective, Judge("email").Outcome);
        }

        [Fact]
        public void Action_due_today_is_not_yet_overdue()
        {
            var exercise = Exercise(165, "payroll");
            Action(exercise, _scenario.DaysAgo(0));
            Assert.Equal(Outcome.Effective, Judge().Outcome);
            Assert.Equal(Outcome.NotApplicable, Judge("email").Outcome);
        }

        [Fact]
        public void Action_closed_by_as_of_is_not_overdue()
        {
            var exercise = Exercise(165, "payroll");
            Action(exercise, _scenario.DaysAgo(100), closedOn: _scenario.DaysAgo(2));
            Assert.Equal(Outcome.Effective, Judge().Outcome);
        }

        [Fact]
        public void Closure_after_as_of_does_not_count()
        {
            var exercise = Exercise(165, "payroll");
            Action(exercise, _scenario.DaysAgo(100), closedOn: _scenario.DaysAgo(-2));
            var judgement = Judge();
            Assert.Equal(Outcome.Ineffective, judgement.Outcome);
            Assert.Contains(judgement.Evidence, e => e.EndsWith("(after this audit's date)"));
        }

        [Fact]
        public void Action_without_a_due_date_is_never_overdue()
        {
            var exercise = Exercise(165, "payroll");
            exercise.Actions.Add(new ExerciseAction { Id = "A-9", Text = "Someday" });
            Assert.Equal(Outcome.Effective, Judge().Outcome);
        }

        [Fact]
        public void Actions_of_an_exercise_after_as_of_are_ignored()
        {
            Exercise(165, "payroll");
            var future = Exercise(-30, "payroll");
            Action(future, _scenario.DaysAgo(10));
            Assert.Equal(Outcome.Effective, Judge().Outcome);
        }

        [Fact]
        public void Several_overdue_actions_are_counted_and_the_oldest_named()
        {
            var exercise = Exercise(165, "payroll");
            Action(exercise, _scenario.DaysAgo(10));
            Action(exercise, _scenario.DaysAgo(50)).Text = "Add vendor number";
            var judgement = Judge("email");
            Assert.Equal(Outcome.Ineffective, judgement.Outcome);
            Assert.StartsWith("2 exercise actions are past their due date and still open; the oldest, action A-2", judgement.Statement);
            Assert.Equal(2, judgement.Evidence.Count);
        }

        [Fact]
        public void Critical_service_with_both_gaps_reports_both()
        {
            Action(Exercise(400, "payroll"), _scenario.DaysAgo(300));
            var judgement = Judge();
            Assert.Equal(Outcome.Ineffective, judgement.Outcome);
            Assert.Contains("still open", judgement.Statement);
            Assert.Contains("at least every 365 days", judgement.Statement);
        }

        [Fact]
        public void Non_critical_service_without_overdue_actions_is_not_applicable_with_the_reason()
        {
            var judgement = Judge("email");
            Assert.Equal(Outcome.NotApplicable, judgement.Outcome);
            Assert.Equal("Email is not a critical service (tier: important), so it need not be exercised yearly, and no exercise action is overdue.", judgement.Statement);
        }
    }
}
