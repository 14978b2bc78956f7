using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Evaluation;
using DrAudit.Core.Loading.Yaml;
using DrAudit.Core.Model.Definition;

namespace DrAudit.Core.Packs.Excel.Sheets
{
    /// <summary>Component -> jobs -> repositories: one row per job whose objects match a component (enabled or not;
    /// only enabled jobs protect), with the job's target repository; a component with no job gets one row.</summary>
    internal static class CoverageSheet
    {
        public const string Name = "Coverage";

        public static TableSheet Build(WorkbookData data)
        {
            var rows = data.Evidence == null
                ? new List<(Component Component, ComponentEvidence Evidence, JobEvidence? Job)>()
                : data.Components.Select(c => data.Evidence.For(c.Id))
                    .SelectMany(e => e.Jobs.Count == 0
                        ? new[] { (e.Component, e, (JobEvidence?)null) }
                        : e.Jobs.Select(j => (e.Component, e, (JobEvidence?)j)))
                    .ToList();
            return TableSheet.Of(Name, "Coverage", rows, new ColumnList<(Component Component, ComponentEvidence Evidence, JobEvidence? Job)>()
                .Text("Component", r => r.Component.Id)
                .Text("Component name", r => r.Component.Name)
                .Text("Kind", r => KebabCase.Of(r.Component.Kind))
                .Text("Services", r => data.ServicesOf(r.Component))
                .Boolean("Needs backup", r => r.Component.NeedsBackup)
                .Text("No-backup reason", r => r.Component.NeedsBackup ? null : r.Component.Backup?.Reason)
                .Boolean("Sources readable", r => r.Evidence.Visible)
                .Text("Failed sources", r => string.Join(", ", r.Evidence.FailedSources))
                .Text("Source", r => r.Job?.SourceId)
                .Text("Job id", r => r.Job?.Job.Id)
                .Text("Job", r => r.Job?.Job.DisplayName)
                .Text("Job kind", r => r.Job == null ? null : KebabCase.Of(r.Job.Job.Kind))
                .Boolean("Job enabled", r => r.Job?.Job.Enabled)
                .Number("Job retention (days)", r => r.Job?.Job.Retention?.Value.TotalDays)
                .Text("Repository", r => r.Job?.Job.Repository)
                .Text("Repository name", r => r.Job?.Repository?.Name)
                .Text("Repository location", r => r.Job?.Repository?.Location is { } l ? KebabCase.Of(l) : null)
                .Boolean("Repository encrypted", r => r.Job?.Repository?.Encrypted)
                .Boolean("Repository immutable", r => r.Job?.Repository?.Immutable)
                .Integer("Immutable (days)", r => r.Job?.Repository?.ImmutableDays)
                .DateTime("Newest good point (UTC)", r => r.Evidence.NewestGoodPoint?.Time)
                .Number("Newest good point age (hours)", r => r.Evidence.NewestGoodPoint == null ? (double?)null : (data.AsOf - r.Evidence.NewestGoodPoint.Value.Time).TotalHours));
        }
    }
}
