using System;
using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Loading.Yaml;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Evaluation.Scoring
{
    /// <summary>What the evidence index says about one component, for a service's readiness.</summary>
    public static class ComponentStatusBuilder
    {
        public static ComponentStatus Build(Component component, ComponentEvidence evidence, DateTimeOffset asOf)
        {
            var newest = evidence.NewestGoodPoint;
            return new ComponentStatus
            {
                Id = component.Id,
                Name = component.Name,
                Kind = KebabCase.Of(component.Kind),
                NeedsBackup = component.NeedsBackup,
                NoBackupReason = component.NeedsBackup ? null : component.Backup?.Reason,
                Jobs = EnabledJobNames(evidence),
                Repositories = RepositoryIds(evidence),
                NewestGoodPoint = newest?.Time,
                NewestGoodPointAgeHours = newest == null ? (double?)null : Math.Round((asOf - newest.Value.Time).TotalHours, 2),
                Visible = evidence.Visible,
            };
        }

        /// <summary>"source: job name" of each enabled job, in the evidence's order.</summary>
        private static List<string> EnabledJobNames(ComponentEvidence evidence)
        {
            var names = new List<string>();
            foreach (var job in evidence.Jobs)
                if (job.Job.Enabled) names.Add(job.SourceId + ": " + job.Job.DisplayName);
            return names;
        }

        /// <summary>The ids of the repositories holding good points, each once, in ordinal order (a component's points are
        /// in a few repositories, so a list is searched rather than a set made).</summary>
        private static List<string> RepositoryIds(ComponentEvidence evidence)
        {
            var repositories = evidence.Repositories;
            var ids = new List<string>(repositories.Count);
            for (int i = 0; i < repositories.Count; i++)
                if (!ids.Contains(repositories[i].Id)) ids.Add(repositories[i].Id);
            ids.Sort(StringComparer.Ordinal);
            return ids;
        }
    }
}
