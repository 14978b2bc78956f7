using System.Linq;
using DrAudit.Core.Loading.Yaml;
using DrAudit.Core.Model.Inventory;
using DrAudit.Core.Sources;

namespace DrAudit.Core.Packs.Excel.Sheets
{
    /// <summary>Every job run that started in the audit window (asOf minus the audit window, to asOf), per readable source.</summary>
    internal static class JobRunsSheet
    {
        public const string Name = "Job runs";

        public static TableSheet Build(WorkbookData data)
        {
            var rows = data.ReadableSources
                .SelectMany(s => s.Inventory!.Runs
                    .Where(r => r.Start >= data.WindowStart && r.Start <= data.AsOf)
                    .OrderBy(r => r.Start)
                    .Select(r => (Source: s, Run: r)))
                .ToList();
            return TableSheet.Of(Name, "JobRuns", rows, new ColumnList<(SourceData Source, JobRun Run)>()
                .Text("Source", r => r.Source.Id)
                .Text("Job id", r => r.Run.Job)
                .Text("Job", r => data.FindJob(r.Source.Id, r.Run.Job)?.DisplayName)
                .Text("Job kind", r => data.FindJob(r.Source.Id, r.Run.Job) is { } j ? KebabCase.Of(j.Kind) : null)
                .DateTime("Start (UTC)", r => r.Run.Start)
                .DateTime("End (UTC)", r => r.Run.End)
                .Number("Duration (minutes)", r => r.Run.End.HasValue ? (r.Run.End.Value - r.Run.Start).TotalMinutes : (double?)null)
                .Text("Result", r => KebabCase.Of(r.Run.Result))
                .Text("Message", r => r.Run.Message));
        }
    }
}
