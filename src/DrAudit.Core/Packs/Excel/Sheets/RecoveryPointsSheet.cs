using System;
using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Evaluation;
using DrAudit.Core.Loading.Yaml;
using DrAudit.Core.Model.Definition;

namespace DrAudit.Core.Packs.Excel.Sheets
{
    /// <summary>The newest good recovery point of each component in each repository (so each copy shows), with the
    /// repository's location and immutability and the kind of job that made it.</summary>
    internal static class RecoveryPointsSheet
    {
        public const string Name = "Recovery points";

        public static TableSheet Build(WorkbookData data)
        {
            var rows = data.Evidence == null
                ? new List<(Component Component, PointEvidence Point, int Count)>()
                : data.Components.Select(c => data.Evidence.For(c.Id))
                    .SelectMany(e => e.GoodPoints
                        .GroupBy(p => (p.SourceId, Repository: p.Point.Repository ?? ""))
                        .Select(g => (e.Component, Point: g.OrderBy(p => p.Time).Last(), Count: g.Count()))
                        .OrderBy(r => r.Point.SourceId, StringComparer.Ordinal)
                        .ThenBy(r => r.Point.Point.Repository, StringComparer.Ordinal))
                    .ToList();
            return TableSheet.Of(Name, "RecoveryPoints", rows, new ColumnList<(Component Component, PointEvidence Point, int Count)>()
                .Text("Component", r => r.Component.Id)
                .Text("Component name", r => r.Component.Name)
                .Text("Services", r => data.ServicesOf(r.Component))
                .Text("Source", r => r.Point.SourceId)
                .Text("Repository", r => r.Point.Point.Repository)
                .Text("Repository name", r => r.Point.Repository?.Name)
                .Text("Location", r => r.Point.Repository?.Location is { } l ? KebabCase.Of(l) : null)
                .Boolean("Encrypted", r => r.Point.Repository?.Encrypted)
                .Boolean("Immutable", r => r.Point.Repository?.Immutable)
                .Integer("Immutable (days)", r => r.Point.Repository?.ImmutableDays)
                .DateTime("Newest point (UTC)", r => r.Point.Time)
                .Number("Age (hours)", r => (data.AsOf - r.Point.Time).TotalHours)
                .Text("Object", r => r.Point.Point.Object)
                .Text("Job", r => data.FindJob(r.Point.SourceId, r.Point.Point.Job)?.DisplayName ?? r.Point.Point.Job)
                .Text("Job kind", r => data.FindJob(r.Point.SourceId, r.Point.Point.Job) is { } j ? KebabCase.Of(j.Kind) : null)
                .Text("Consistency", r => r.Point.Point.Consistency is { } c ? KebabCase.Of(c) : null)
                .Integer("Good points here", r => r.Count));
        }
    }
}
