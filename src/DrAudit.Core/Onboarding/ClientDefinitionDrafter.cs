using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using DrAudit.Core.Loading.Yaml;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Inventory;
using DrAudit.Core.Sources;

namespace DrAudit.Core.Onboarding
{
    /// <summary>
    /// Turns what the sources report (the neutral inventory of each) into a draft client definition, whatever the
    /// backup product (docs/onboarding.md). A protected object is one an enabled job names or a restore point names.
    /// Each becomes a component of its own with an exact <c>backup.match</c>, except that the objects of a SaaS job
    /// (a Microsoft 365 policy: hundreds of mailboxes) make one component per job; every component sits in one
    /// placeholder service. Workloads a source discovered that nothing protects, and objects only a disabled job
    /// names, are listed for a decision. Nothing is approved, owned or accounted for by the draft.
    /// </summary>
    public static class ClientDefinitionDrafter
    {
        private const int MaxIdLength = 48;

        public static ClientDefinitionDraft Draft(IReadOnlyList<SourceData> sources, string clientId, string clientName, DateTimeOffset draftedAt)
        {
            var draft = new ClientDefinitionDraft { ClientId = clientId, ClientName = clientName, DraftedAt = draftedAt };
            var ids = new HashSet<string>(StringComparer.Ordinal) { ClientDefinitionDraft.PlaceholderComponentId };
            foreach (var data in sources)
            {
                var source = new DraftSource(data.Definition);
                draft.Sources.Add(source);
                if (!data.Ok)
                {
                    source.Error = data.Error ?? "it could not be read";
                    continue;
                }
                DraftSource(data.Inventory!, source, draft, ids);
            }
            return draft;
        }

        private static void DraftSource(Inventory inventory, DraftSource source, ClientDefinitionDraft draft, HashSet<string> ids)
        {
            var sourceId = source.Definition.Id;
            source.System = inventory.System;
            source.Enumerates = inventory.Discovered != null;
            source.BackupServer = inventory.BackupServer?.Name;
            var discovered = new Dictionary<string, DiscoveredWorkload>(StringComparer.OrdinalIgnoreCase);
            foreach (var workload in inventory.Discovered ?? new List<DiscoveredWorkload>())
                if (!discovered.ContainsKey(workload.Object)) discovered[workload.Object] = workload;

            var enabled = inventory.Jobs.Where(j => j.Enabled).ToList();
            var jobsOf = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
            foreach (var job in enabled)
                foreach (var name in job.Objects)
                    AddOnce(jobsOf, name, job.DisplayName);
            var jobNames = inventory.Jobs.GroupBy(j => j.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().DisplayName, StringComparer.Ordinal);
            foreach (var point in inventory.RestorePoints)
                if (point.Job != null && jobNames.TryGetValue(point.Job, out var pointJob)) AddOnce(jobsOf, point.Object, pointJob);

            var claimed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var before = draft.Components.Count;

            // A SaaS job's objects: one component per job (a mailbox each would bury the map).
            foreach (var job in enabled.Where(j => j.Kind == JobKind.Saas))
            {
                var names = job.Objects.Where(n => !string.IsNullOrEmpty(n) && claimed.Add(n)).ToList();
                if (names.Count == 0) continue;
                var component = new DraftComponent { Id = UniqueId(job.DisplayName, ids), Name = job.DisplayName };
                component.Jobs.Add(job.DisplayName);
                foreach (var name in names) component.Matches.Add(new BackupMatch { Source = sourceId, Object = name });
                SetKind(component, names, discovered, saas: true);
                draft.Components.Add(component);
            }

            // Everything else: one component per protected object, in the order the source lists them.
            var perObject = enabled.Where(j => j.Kind != JobKind.Saas).SelectMany(j => j.Objects)
                .Concat(inventory.RestorePoints.Select(p => p.Object));
            foreach (var name in perObject)
            {
                if (string.IsNullOrEmpty(name) || !claimed.Add(name)) continue;
                var component = new DraftComponent { Id = UniqueId(name, ids), Name = name };
                component.Matches.Add(new BackupMatch { Source = sourceId, Object = name });
                if (jobsOf.TryGetValue(name, out var jobs)) component.Jobs.AddRange(jobs);
                SetKind(component, new[] { name }, discovered, saas: false);
                draft.Components.Add(component);
            }
            source.ProtectedObjects = claimed.Count;

            // What the source can see that nothing protects, and what only a disabled job names: for a decision.
            foreach (var workload in inventory.Discovered ?? new List<DiscoveredWorkload>())
            {
                if (claimed.Contains(workload.Object)) continue;
                claimed.Add(workload.Object);
                draft.Undecided.Add(new UndecidedWorkload
                {
                    Source = sourceId,
                    Object = workload.Object,
                    Kind = KebabCase.Of(workload.Kind),
                    Platform = workload.Platform,
                    DisabledJob = inventory.Jobs.FirstOrDefault(j => !j.Enabled && j.Objects.Contains(workload.Object, StringComparer.OrdinalIgnoreCase))?.DisplayName,
                });
            }
            foreach (var job in inventory.Jobs.Where(j => !j.Enabled))
                foreach (var name in job.Objects)
                    if (!string.IsNullOrEmpty(name) && claimed.Add(name))
                        draft.Undecided.Add(new UndecidedWorkload { Source = sourceId, Object = name, DisabledJob = job.DisplayName });
        }

        /// <summary>The component's kind from what the source discovered about its objects; for a SaaS job without
        /// discovery, from the shape of the names (docs/onboarding.md); otherwise <c>other</c>, marked as a guess.</summary>
        private static void SetKind(DraftComponent component, IReadOnlyList<string> names, Dictionary<string, DiscoveredWorkload> discovered, bool saas)
        {
            var kinds = names.Select(n => discovered.TryGetValue(n, out var w) ? w : null).Where(w => w != null).Select(w => w!).ToList();
            var distinct = kinds.Select(w => KindOf(w.Kind)).Distinct().ToList();
            if (distinct.Count == 1)
            {
                var first = kinds[0];
                component.Kind = distinct[0];
                component.KindReason = "discovered as " + KebabCase.Of(first.Kind) + (string.IsNullOrEmpty(first.Platform) ? "" : " on " + first.Platform);
                return;
            }
            component.KindIsGuess = true;
            if (saas)
            {
                var shapes = names.Select(ShapeOf).Where(k => k != null).Select(k => k!.Value).Distinct().ToList();
                if (shapes.Count == 1)
                {
                    component.Kind = shapes[0];
                    component.KindReason = "guessed from the object names; check it";
                    return;
                }
                component.Kind = ComponentKind.Saas;
                component.KindReason = "a SaaS job; check the kind";
                return;
            }
            component.Kind = ComponentKind.Other;
            component.KindReason = "the source does not say what it is: server, database, identity, network...?";
        }

        private static ComponentKind KindOf(WorkloadKind kind)
        {
            switch (kind)
            {
                case WorkloadKind.Vm:
                case WorkloadKind.Server:
                case WorkloadKind.Workstation: return ComponentKind.Server;
                case WorkloadKind.Database: return ComponentKind.Database;
                case WorkloadKind.FileShare: return ComponentKind.FileShare;
                case WorkloadKind.Mailbox: return ComponentKind.M365Mailbox;
                case WorkloadKind.Site: return ComponentKind.M365Site;
                case WorkloadKind.Onedrive: return ComponentKind.M365OneDrive;
                default: return ComponentKind.Other;
            }
        }

        /// <summary>How Microsoft 365 workloads are named in inventories: "onedrive:&lt;owner&gt;", a site's URL, a mailbox's
        /// address. Names of no such shape (ids) say nothing.</summary>
        private static ComponentKind? ShapeOf(string name)
        {
            if (name.StartsWith("onedrive:", StringComparison.OrdinalIgnoreCase)) return ComponentKind.M365OneDrive;
            if (name.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || name.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) return ComponentKind.M365Site;
            if (name.IndexOf('@') > 0) return ComponentKind.M365Mailbox;
            return null;
        }

        /// <summary>An id from a name: lowercase letters and digits, anything else one '-', at most 48 characters, made
        /// unique with -2, -3...</summary>
        internal static string UniqueId(string name, HashSet<string> taken)
        {
            var id = IdFrom(name);
            var candidate = id;
            for (var n = 2; taken.Contains(candidate); n++) candidate = id + "-" + n;
            taken.Add(candidate);
            return candidate;
        }

        internal static string IdFrom(string name)
        {
            var sb = new StringBuilder();
            foreach (var c in name.ToLowerInvariant())
            {
                if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) sb.Append(c);
                else if (sb.Length > 0 && sb[sb.Length - 1] != '-') sb.Append('-');
            }
            var id = sb.ToString().Trim('-');
            if (id.Length > MaxIdLength) id = id.Substring(0, MaxIdLength).TrimEnd('-');
            return id.Length == 0 ? "component" : id;
        }

        private static void AddOnce(Dictionary<string, List<string>> map, string key, string value)
        {
            if (!map.TryGetValue(key, out var list)) map[key] = list = new List<string>();
            if (!list.Contains(value)) list.Add(value);
        }
    }
}
