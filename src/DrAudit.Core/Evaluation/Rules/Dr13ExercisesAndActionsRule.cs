using System;
using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Evaluation.Rules.Recorded;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;
using static System.FormattableString;

namespace DrAudit.Core.Evaluation.Rules
{
    /// <summary>DR-13: a critical service needs a DR exercise that lists it, dated no more than 365 days before asOf;
    /// and any exercise action past its due date (asOf at or after the end of the due day) without a <c>closedOn</c>
    /// at or before asOf makes DR-13 Ineffective for every service. A non-critical service with no overdue action is
    /// NotApplicable. Exercises dated after asOf, and their actions, are ignored.</summary>
    public sealed class Dr13ExercisesAndActionsRule : ServiceRule
    {
        public override string ControlId => "DR-13";

        public override Judgement Judge(ServiceContext service)
        {
            var audit = service.Audit;
            var asOf = audit.AsOf;
            var overdue = OverdueActions(audit.Definition.Exercises, asOf);

            if (!service.Service.IsCritical && overdue.Count == 0)
                return Judgement.NotApplicable(
                    service.Name + " is not a critical service (tier: " + service.Service.Tier + "), so it need not be exercised yearly, and no exercise action is overdue.");

            var problems = new List<string>();
            var evidence = new List<string>();
            if (overdue.Count > 0)
            {
                var (exercise, oldest) = overdue[0];
                var detail = Invariant($"action {oldest.Id} from the {EvidenceDates.Date(exercise.Date)} {KindName(exercise.Kind)} exercise (\"{oldest.Text.Trim().TrimEnd('.')}\"{(string.IsNullOrWhiteSpace(oldest.Owner) ? "" : ", owner " + oldest.Owner)}) was due on {EvidenceDates.Date(oldest.Due!.Value)} and is still open");
                problems.Add(overdue.Count == 1
                    ? detail
                    : Invariant($"{overdue.Count} exercise actions are past their due date and still open; the oldest, ") + detail);
                evidence.AddRange(overdue.Select(x => DefinitionEvidence.Line(audit, Invariant(
                    $"exercises[{EvidenceDates.Date(x.Exercise.Date)}].actions[{x.Action.Id}] due {EvidenceDates.Date(x.Action.Due!.Value)}, ") +
                    (x.Action.ClosedOn.HasValue ? "closed " + EvidenceDates.Date(x.Action.ClosedOn.Value) + " (after this audit's date)" : "not closed"))));
            }

            if (service.Service.IsCritical)
            {
                var last = LastExerciseOf(service.Service.Id, audit.Definition.Exercises, asOf);
                if (last == null)
                {
                    problems.Add(service.Name + ", a critical service, has not been part of any recorded DR exercise");
                }
                else
                {
                    var line = Invariant($"{service.Name} was last exercised on {EvidenceDates.Date(last.Date)} ({KindName(last.Kind)}, {EvidenceDates.Days(EvidenceDates.DaysBefore(last.Date, asOf))} ago)");
                    evidence.Insert(0, DefinitionEvidence.Line(audit, Invariant($"exercises[{EvidenceDates.Date(last.Date)}] {KindName(last.Kind)}, services {string.Join(" ", last.Services)}")));
                    if (!EvidenceDates.IsWithin(last.Date, asOf, EvidenceDates.Year))
                        problems.Add(line + "; a critical service should be exercised at least every 365 days");
                    else if (problems.Count == 0)
                        return Judgement.Effective(line + " and no exercise action is overdue.", EvidenceQuality.Poor, evidence);
                }
            }

            var sentence = string.Join("; ", problems);
            return Judgement.Ineffective(char.ToUpperInvariant(sentence[0]) + sentence.Substring(1) + ".", EvidenceQuality.Poor, evidence)
                .Because(overdue.Count > 0 ? Causes.CauseReference.OverdueExerciseAction(overdue[0].Exercise, overdue[0].Action) : null);
        }

        /// <summary>The actions of exercises held by asOf that are overdue at asOf, oldest due date first (in the order written
        /// when due the same day). Asked for every service: a list is made only when there is one.</summary>
        private static IReadOnlyList<(Exercise Exercise, ExerciseAction Action)> OverdueActions(List<Exercise> exercises, DateTimeOffset asOf)
        {
            List<(Exercise Exercise, ExerciseAction Action)>? overdue = null;
            foreach (var exercise in exercises)
            {
                if (exercise.Date > asOf) continue;
                foreach (var action in exercise.Actions)
                    if (action.IsOverdue(asOf)) (overdue ??= new List<(Exercise, ExerciseAction)>()).Add((exercise, action));
            }
            if (overdue == null) return Array.Empty<(Exercise, ExerciseAction)>();
            return overdue.Count == 1 ? overdue : overdue.OrderBy(x => x.Action.Due).ToList();
        }

        /// <summary>The latest exercise held by asOf that lists the service (the one written last among those of that day); null when none.</summary>
        private static Exercise? LastExerciseOf(string serviceId, List<Exercise> exercises, DateTimeOffset asOf)
        {
            Exercise? last = null;
            foreach (var exercise in exercises)
                if (exercise.Date <= asOf && exercise.Services.Contains(serviceId) && (last == null || exercise.Date >= last.Date)) last = exercise;
            return last;
        }

        /// <summary>Overdue once asOf is at or after the end of the due day, unless closed at or before asOf.</summary>
        private static string KindName(ExerciseKind kind) =>
            kind == ExerciseKind.Tabletop ? "tabletop" : kind == ExerciseKind.Functional ? "functional" : "full";
    }
}
