using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Inventory;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Sources;

namespace DrAudit.Core.Evaluation
{
    /// <summary>What accounts for every workload the readable sources discovered (v1.1, DR-16): an enabled job of the
    /// same source whose objects name it (case-insensitive), a component whose backup.match for that source matches it
    /// (wildcards), or an accountedFor entry for that source that counts at asOf (accepted no more than 365 days before).
    /// Worked out once per audit; DR-16, readiness.json, the report and the workbook all read it.</summary>
    public sealed class EnvironmentCoverage
    {
        private EnvironmentCoverage(List<DiscoveredWorkloadStatus> workloads, List<string> enumerating, List<string> warnings)
        {
            Workloads = workloads;
            EnumeratingSources = enumerating;
            Warnings = warnings;
        }

        /// <summary>Every discovered workload, in source order then the order its source listed them.</summary>
        public IReadOnlyList<DiscoveredWorkloadStatus> Workloads { get; }
        /// <summary>Ids of the readable sources whose inventory has a discovered list (possibly empty).</summary>
        public IReadOnlyList<string> EnumeratingSources { get; }
        /// <summary>accountedFor entries that no longer count (older than 365 days).</summary>
        public IReadOnlyList<string> Warnings { get; }

        public static EnvironmentCoverage Build(ClientDefinition definition, DateTimeOffset asOf, IReadOnlyList<SourceData> sources)
        {
            var warnings = new List<string>();
            foreach (var entry in definition.AccountedFor.Where(e => e.IsStale(asOf)))
                warnings.Add($"The accountedFor entry for '{entry.Object}' in source {entry.Source}, accepted by {entry.AcceptedBy} on " +
                             entry.AcceptedOn.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) +
                             ", is more than 365 days old and no longer counts; review it and accept it again if it still holds.");
            var servicesOf = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var service in definition.Services)
                foreach (var component in service.Components)
                {
                    if (!servicesOf.TryGetValue(component, out var list)) servicesOf[component] = list = new List<string>();
                    if (!list.Contains(service.Id)) list.Add(service.Id);
                }

            var workloads = new List<DiscoveredWorkloadStatus>();
            var enumerating = new List<string>();
            foreach (var source in sources)
            {
                if (!source.Ok || source.Inventory!.Discovered == null) continue;
                enumerating.Add(source.Id);
                var jobsByObject = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
                foreach (var job in source.Inventory.Jobs.Where(j => j.Enabled))
                    foreach (var name in job.Objects)
                    {
                        if (!jobsByObject.TryGetValue(name, out var list)) jobsByObject[name] = list = new List<string>();
                        if (!list.Contains(job.DisplayName)) list.Add(job.DisplayName);
                    }
                var matches = definition.Components
                    .Where(c => c.Backup != null)
                    .SelectMany(c => c.Backup!.Match.Where(m => m.Source == source.Id).Select(m => (Component: c, Pattern: new WildcardPattern(m.Object))))
                    .ToList();
                var accounted = definition.AccountedFor
                    .Where(e => e.Source == source.Id && e.CountsAt(asOf))
                    .Select(e => (Entry: e, Pattern: new WildcardPattern(e.Object)))
                    .ToList();

                foreach (var workload in source.Inventory.Discovered)
                {
                    var status = new DiscoveredWorkloadStatus
                    {
                        Source = source.Id,
                        Object = workload.Object,
                        Kind = Loading.Yaml.KebabCase.Of(workload.Kind),
                        Platform = workload.Platform,
                    };
                    if (jobsByObject.TryGetValue(workload.Object, out var jobs)) status.Jobs.AddRange(jobs);
                    foreach (var match in matches)
                        if (match.Pattern.IsMatch(workload.Object) && !status.Components.Contains(match.Component.Id))
                        {
                            status.Components.Add(match.Component.Id);
                            if (servicesOf.TryGetValue(match.Component.Id, out var services))
                                foreach (var s in services) if (!status.Services.Contains(s)) status.Services.Add(s);
                        }
                    var entry = accounted.FirstOrDefault(a => a.Pattern.IsMatch(workload.Object)).Entry;
                    if (entry != null)
                    {
                        status.AccountedForReason = entry.Reason;
                        status.AccountedForBy = entry.AcceptedBy;
                        status.AccountedForOn = entry.AcceptedOn;
                    }
                    status.InNoService = status.Jobs.Count > 0 && status.Components.Count == 0;
                    status.Status = status.Jobs.Count > 0 ? DiscoveredWorkloadStatus.Protected
                        : status.Components.Count > 0 ? DiscoveredWorkloadStatus.Named
                        : entry != null ? DiscoveredWorkloadStatus.AccountedFor
                        : DiscoveredWorkloadStatus.Unaccounted;
                    workloads.Add(status);
                }
            }
            return new EnvironmentCoverage(workloads, enumerating, warnings);
        }
    }
}
