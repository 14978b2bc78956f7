using System.Linq;
using DrAudit.Core.Loading.Yaml;
using DrAudit.Core.Model.Definition;

namespace DrAudit.Core.Packs.Excel.Sheets
{
    /// <summary>One row per exercise action (an exercise without actions gets one row), for exercises held at or
    /// before asOf. An action is open unless closed at or before asOf; overdue once asOf is past the end of its due day.</summary>
    internal static class ExercisesSheet
    {
        public const string Name = "Exercises and actions";

        public static TableSheet Build(WorkbookData data)
        {
            var rows = (data.Definition?.Exercises ?? Enumerable.Empty<Exercise>())
                .Where(e => e.Date <= data.AsOf)
                .OrderBy(e => e.Date)
                .SelectMany(e => e.Actions.Count == 0
                    ? new[] { (Exercise: e, Action: (ExerciseAction?)null) }
                    : e.Actions.Select(a => (Exercise: e, Action: (ExerciseAction?)a)))
                .ToList();
            return TableSheet.Of(Name, "Exercises", rows, new ColumnList<(Exercise Exercise, ExerciseAction? Action)>()
                .Date("Exercise date (UTC)", r => r.Exercise.Date)
                .Text("Kind", r => KebabCase.Of(r.Exercise.Kind))
                .Text("Services", r => string.Join(", ", r.Exercise.Services))
                .Text("Report", r => r.Exercise.Report)
                .Text("Action", r => r.Action?.Id)
                .Text("Action text", r => r.Action?.Text)
                .Text("Owner", r => r.Action?.Owner)
                .Date("Due (UTC)", r => r.Action?.Due)
                .Date("Closed on (UTC)", r => r.Action?.ClosedOn)
                .Boolean("Open at the audit point", r => r.Action == null ? (bool?)null : !r.Action.IsClosed(data.AsOf))
                .Boolean("Overdue at the audit point", r => r.Action == null ? (bool?)null : r.Action.IsOverdue(data.AsOf)));
        }
    }
}
