using System;
using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Evaluation;
using DrAudit.Core.Model.Definition;

namespace DrAudit.Core.Sources
{
    /// <summary>Attributes evidence a source reports about protected objects (a verified machine, a restored mailbox) to
    /// the client's services: a component matches when one of its <c>backup.match</c> entries names this source and its
    /// object pattern (<see cref="WildcardPattern"/>, case-insensitive) matches one of the object's names; a service is
    /// attributed when it contains a matched component. Without a definition nothing is attributed.</summary>
    public sealed class ServiceAttribution
    {
        private readonly List<(Component Component, WildcardPattern Pattern)> _patterns;
        private readonly IReadOnlyList<Service> _services;

        public ServiceAttribution(ClientDefinition? definition, string sourceId)
        {
            _patterns = definition == null ? new List<(Component, WildcardPattern)>() : definition.Components
                .SelectMany(c => (c.Backup?.Match ?? new List<BackupMatch>())
                    .Where(m => string.Equals(m.Source, sourceId, StringComparison.Ordinal))
                    .Select(m => (c, new WildcardPattern(m.Object))))
                .ToList();
            _services = definition?.Services ?? new List<Service>();
        }

        /// <summary>Every service with a component matching any of <paramref name="objectNames"/>, in definition order,
        /// each with its matched component ids in the service's order. Empty when nothing matches.</summary>
        public List<(string Service, List<string> Components)> ServicesFor(IEnumerable<string> objectNames)
        {
            var names = objectNames.ToList();
            var components = new HashSet<string>(
                _patterns.Where(p => names.Any(p.Pattern.IsMatch)).Select(p => p.Component.Id), StringComparer.Ordinal);
            return _services
                .Where(s => s.Components.Any(components.Contains))
                .Select(s => (s.Id, s.Components.Where(components.Contains).ToList()))
                .ToList();
        }
    }
}
