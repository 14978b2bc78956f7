using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Renewal;

namespace DrAudit.Core.Renewal
{
    /// <summary>
    /// The restore tests and DR exercises of the period, as the packs' saved client definitions record them (each
    /// traced to the first pack that recorded it by its audit point), and per service what its targets asked of the period: one restore
    /// test per <c>restoreTestEvery</c> in the period (the period divided by it, rounded; at least one), and for a critical service one exercise
    /// per year (DR-13). A restore proves the RTO when it succeeded and its recorded duration is within the RTO the
    /// service had in that pack.
    /// </summary>
    internal static class RecoveryTesting
    {
        public static List<RenewalRestoreTest> RestoreTests(IReadOnlyList<RenewalPackData> packs, DateTimeOffset from, DateTimeOffset to)
        {
            var seen = new Dictionary<string, RenewalRestoreTest>(StringComparer.Ordinal);
            foreach (var pack in packs.Where(p => p.Definition != null))
            {
                var definition = pack.Definition!;
                // A pack records what had happened by its audit point: a test dated later in its definition is not yet evidence.
                var asOf = pack.Result!.AsOf;
                foreach (var test in definition.RestoreTests.Where(t => t.Date >= from && t.Date <= to && t.Date <= asOf))
                {
                    var key = Key(test);
                    if (seen.ContainsKey(key)) continue;
                    var service = definition.FindService(test.Service);
                    var rto = service?.Targets.Rto.TotalHours;
                    var hours = test.Duration?.TotalHours;
                    seen.Add(key, new RenewalRestoreTest
                    {
                        Date = test.Date,
                        Service = test.Service,
                        ServiceName = service?.Name ?? test.Service,
                        Components = test.Components.ToList(),
                        Scope = test.Scope.ToString(),
                        Result = test.Result.ToString(),
                        Exercise = test.Exercise,
                        DurationHours = hours,
                        RtoHours = rto,
                        RtoProven = hours == null || rto == null ? (bool?)null : test.Result == RestoreResult.Success && hours.Value <= rto.Value,
                        Pack = pack.Record.Folder,
                        ManifestSha256 = pack.Record.ManifestSha256,
                    });
                }
            }
            return seen.Values.OrderBy(t => t.Date).ThenBy(t => t.Service, StringComparer.Ordinal).ToList();
        }

        public static List<RenewalExercise> Exercises(IReadOnlyList<RenewalPackData> packs, DateTimeOffset from, DateTimeOffset to)
        {
            var seen = new Dictionary<string, RenewalExercise>(StringComparer.Ordinal);
            foreach (var pack in packs.Where(p => p.Definition != null))
            {
                foreach (var exercise in pack.Definition!.Exercises.Where(e => e.Date >= from && e.Date <= to && e.Date <= pack.Result!.AsOf))
                {
                    var key = exercise.Date.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "|" + exercise.Kind + "|" + string.Join(",", exercise.Services);
                    var asOf = pack.Result!.AsOf;
                    var openActions = exercise.Actions.Count(a => !a.IsClosed(asOf));
                    if (seen.TryGetValue(key, out var known))
                    {
                        known.ActionsOpen = openActions;
                        known.Actions = exercise.Actions.Count;
                        continue;
                    }
                    seen.Add(key, new RenewalExercise
                    {
                        Date = exercise.Date,
                        Kind = exercise.Kind.ToString(),
                        Services = exercise.Services.ToList(),
                        Actions = exercise.Actions.Count,
                        ActionsOpen = openActions,
                        Pack = pack.Record.Folder,
                        ManifestSha256 = pack.Record.ManifestSha256,
                    });
                }
            }
            return seen.Values.OrderBy(e => e.Date).ToList();
        }

        /// <summary>Per service of the latest definition: required against done.</summary>
        public static List<RenewalServiceTesting> PerService(RenewalPackData? latest, IReadOnlyList<RenewalRestoreTest> tests,
            IReadOnlyList<RenewalExercise> exercises, DateTimeOffset from, DateTimeOffset to)
        {
            var rows = new List<RenewalServiceTesting>();
            if (latest?.Definition == null) return rows;
            var periodDays = Math.Max(1.0, (to - from).TotalDays);
            foreach (var service in latest.Definition.Services)
            {
                var everyDays = service.Targets.RestoreTestEvery.Value.TotalDays;
                var required = everyDays <= 0 ? 0 : Math.Max(1, (int)Math.Round(periodDays / everyDays, MidpointRounding.AwayFromZero));
                var mine = tests.Where(t => t.Service == service.Id).ToList();
                var succeeded = mine.Where(t => t.Result == RestoreResult.Success.ToString()).ToList();
                var exercisesRequired = service.IsCritical ? Math.Max(1, (int)Math.Round(periodDays / 365.0, MidpointRounding.AwayFromZero)) : 0;
                var exercisesDone = exercises.Count(e => e.Services.Contains(service.Id));
                rows.Add(new RenewalServiceTesting
                {
                    Service = service.Id,
                    Name = service.Name,
                    Tier = service.Tier,
                    RtoHours = service.Targets.Rto.TotalHours,
                    RestoreTestEvery = service.Targets.RestoreTestEvery.ToString(),
                    RestoreTestsRequired = required,
                    RestoreTestsDone = mine.Count,
                    RestoreTestsSucceeded = succeeded.Count,
                    RtoProvenTimes = mine.Count(t => t.RtoProven == true),
                    BestRestoreHours = succeeded.Where(t => t.DurationHours != null).Select(t => t.DurationHours).Min(),
                    ExercisesRequired = exercisesRequired,
                    ExercisesDone = exercisesDone,
                    MetRequirement = succeeded.Count >= required && exercisesDone >= exercisesRequired,
                    Pack = latest.Record.Folder,
                });
            }
            return rows;
        }

        private static string Key(RestoreTest test) =>
            string.Join("|", test.Date.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), test.Service,
                string.Join(",", test.Components), test.Scope, test.Result, test.Duration?.ToString() ?? "");
    }
}
