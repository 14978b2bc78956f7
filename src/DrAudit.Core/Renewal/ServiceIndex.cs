using System;
using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Renewal
{
    /// <summary>The services of the latest pack, by id: names, tiers and RTOs for ranking and display.</summary>
    internal sealed class ServiceIndex
    {
        private readonly Dictionary<string, (string Name, string Tier, double? Rto)> _services = new Dictionary<string, (string, string, double?)>(StringComparer.Ordinal);

        public ServiceIndex(ReadinessResult? latest, ClientDefinition? definition)
        {
            if (definition != null)
                foreach (var s in definition.Services) _services[s.Id] = (s.Name, s.Tier, s.Targets.Rto.TotalHours);
            else if (latest != null)
                foreach (var s in latest.Services)
                    _services[s.Id] = (s.Name, s.Tier, Model.Duration.TryParse(s.Rto, out var rto) ? rto.TotalHours : (double?)null);
        }

        public string Name(string id) => _services.TryGetValue(id, out var s) ? s.Name : id;

        /// <summary>The tier and RTO of the service among <paramref name="ids"/> (all services when empty) with the shortest RTO.</summary>
        public (string Tier, double? Rto) MostUrgent(IReadOnlyList<string> ids)
        {
            var pool = (ids.Count == 0 ? _services.Values : ids.Where(_services.ContainsKey).Select(id => _services[id]))
                .OrderBy(s => s.Rto ?? double.MaxValue).ToList();
            return pool.Count == 0 ? ("", null) : (pool[0].Tier, pool[0].Rto);
        }
    }
}
