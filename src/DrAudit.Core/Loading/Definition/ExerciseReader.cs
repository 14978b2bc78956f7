using System;
using System.Collections.Generic;
using DrAudit.Core.Loading.Yaml;
using DrAudit.Core.Model.Definition;

namespace DrAudit.Core.Loading.Definition
{
    /// <summary>Reads <c>exercises</c> and their corrective actions; services must be read first.</summary>
    internal static class ExerciseReader
    {
        private static readonly string[] Keys = { "date", "kind", "services", "report", "actions" };
        private static readonly string[] ActionKeys = { "id", "text", "owner", "due", "closedOn" };

        public static void Read(DefinitionContext context, MappingFields top)
        {
            var items = top.List("exercises", "a list of exercises");
            if (items == null) return;
            foreach (var item in items)
            {
                var f = context.Yaml.Mapping(item, "an exercise", Keys);
                if (f == null) continue;
                var exercise = new Exercise
                {
                    Date = f.Date("date", required: true) ?? default,
                    Kind = f.Enum<ExerciseKind>("kind", required: true) ?? default,
                    Report = f.Text("report"),
                };
                var services = f.ScalarList("services", "a list of service ids");
                if (services != null)
                    exercise.Services = DefinitionContext.References(context.Yaml, services, context.Services, "service", rejectDuplicates: true);
                ReadActions(context, f, exercise);
                context.Definition.Exercises.Add(exercise);
            }
        }

        /// <summary>Action ids are free text (the contract's own example uses <c>A-1</c>) but unique within the exercise.</summary>
        private static void ReadActions(DefinitionContext context, MappingFields exercise, Exercise target)
        {
            var items = exercise.List("actions", "a list of actions");
            if (items == null) return;
            var ids = new Dictionary<string, ExerciseAction>(StringComparer.Ordinal);
            foreach (var item in items)
            {
                var f = context.Yaml.Mapping(item, "an exercise action", ActionKeys);
                if (f == null) continue;
                var action = new ExerciseAction
                {
                    Id = f.Text("id", required: true) ?? "",
                    Text = f.Text("text", required: true) ?? "",
                    Owner = f.Text("owner"),
                    Due = f.Date("due"),
                    ClosedOn = f.Date("closedOn"),
                };
                if (action.Id.Length > 0) DefinitionContext.Claim(context.Yaml, ids, action.Id, action, f.Value("id")!, "action");
                target.Actions.Add(action);
            }
        }
    }
}
