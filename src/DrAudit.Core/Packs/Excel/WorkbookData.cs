using System;
using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Evaluation;
using DrAudit.Core.Model;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Inventory;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Packs.Html;
using DrAudit.Core.Sources;

namespace DrAudit.Core.Packs.Excel
{
    /// <summary>What the sheets are written from: the result, and (when the result carries its inputs) the definition,
    /// the sources and the engine's own matching of jobs and points to components. Without inputs the sheets built
    /// from them are written empty.</summary>
    internal sealed class WorkbookData
    {
        public WorkbookData(ReadinessResult result, ReportAudience audience = ReportAudience.Client)
        {
            Result = result;
            Audience = audience;
            Definition = result.Inputs?.Definition;
            Sources = result.Inputs?.Sources ?? Array.Empty<SourceData>();
            var window = Definition?.AuditWindow ?? (Duration.TryParse(result.AuditWindow, out var parsed) ? parsed : ClientDefinition.DefaultAuditWindow);
            WindowStart = result.AsOf - window.Value;
            // The index the rules scored with when the result carries it (it is built exactly this way); built here
            // only for a result assembled without it.
            Evidence = Definition == null ? null : result.Inputs?.Evidence ?? EvidenceIndex.Build(Definition, result.AsOf, Sources);
            if (Definition != null)
            {
                // Each service once per component it lists (however often it names it), in the definition's order.
                var servicesOf = new Dictionary<string, List<string>>(StringComparer.Ordinal);
                foreach (var service in Definition.Services)
                    foreach (var componentId in service.Components.Distinct(StringComparer.Ordinal))
                    {
                        if (componentId == null) continue;
                        if (!servicesOf.TryGetValue(componentId, out var ids)) servicesOf[componentId] = ids = new List<string>();
                        ids.Add(service.Id);
                    }
                foreach (var entry in servicesOf) _servicesOf[entry.Key] = string.Join(", ", entry.Value);
            }
            foreach (var source in ReadableSources)
                foreach (var job in source.Inventory!.Jobs)
                    _jobs[(source.Id, job.Id)] = job;
        }

        private readonly Dictionary<(string Source, string Job), Job> _jobs = new Dictionary<(string Source, string Job), Job>();
        private readonly Dictionary<string, string> _servicesOf = new Dictionary<string, string>(StringComparer.Ordinal);

        /// <summary>Who the workbook is for: what the Sources sheet says of a failed source depends on it.</summary>
        public ReportAudience Audience { get; }
        public ReadinessResult Result { get; }
        public DateTimeOffset AsOf => Result.AsOf;
        /// <summary>Start of the audit window: asOf minus the definition's audit window.</summary>
        public DateTimeOffset WindowStart { get; }
        public ClientDefinition? Definition { get; }
        public IReadOnlyList<SourceData> Sources { get; }
        public IEnumerable<SourceData> ReadableSources => Sources.Where(s => s.Ok);
        /// <summary>Jobs and points matched to each component, exactly as the rules saw them; null without inputs.</summary>
        public EvidenceIndex? Evidence { get; }
        public IEnumerable<Component> Components => Definition?.Components ?? Enumerable.Empty<Component>();

        /// <summary>A job of a readable source by id; null when the source does not list it.</summary>
        public Job? FindJob(string sourceId, string? jobId) =>
            jobId != null && _jobs.TryGetValue((sourceId, jobId), out var job) ? job : null;

        /// <summary>Ids of the services a component belongs to, comma separated.</summary>
        public string ServicesOf(Component component) =>
            component.Id != null && _servicesOf.TryGetValue(component.Id, out var ids) ? ids : "";

        /// <summary>Hours of a duration as the result writes it ("4h", "1d12h"); null when absent or unreadable.</summary>
        /// <summary>An outcome as the report labels it ("No visibility", "Alternate control"), not the code's name
        /// ("NoVisibility"); the outcome colours match these labels.</summary>
        public static string? OutcomeText(DrAudit.Core.Model.Result.Outcome? outcome) =>
            outcome == null ? null : DrAudit.Core.Packs.Html.OutcomeStyles.For(outcome.Value).Label;

        public static double? Hours(string? duration) => Duration.TryParse(duration, out var d) ? d.TotalHours : (double?)null;

        public static double? Hours(Duration? duration) => duration?.TotalHours;

        public static double? Days(string? duration) => Duration.TryParse(duration, out var d) ? d.Value.TotalDays : (double?)null;
    }
}
