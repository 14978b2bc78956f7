using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.RestoreOrder;

namespace DrAudit.Core.Evaluation
{
    /// <summary>One service as a rule sees it: its definition, effective targets, components in the order
    /// written, their evidence, and its restore tests.</summary>
    public sealed class ServiceContext
    {
        public ServiceContext(AuditContext audit, Service service)
        {
            Audit = audit;
            Service = service;
            Components = service.Components
                .Select(audit.Component)
                .Where(c => c != null)
                .Select(c => c!)
                .ToList();
            RestoreTests = audit.RestoreTests.Where(t => t.Service == service.Id).ToList();
            _restoreOrder = new System.Lazy<RestoreOrderAnalysis>(() => RestoreOrderResolver.Analyse(audit.Dependencies, service));
        }

        private readonly System.Lazy<RestoreOrderAnalysis> _restoreOrder;

        public AuditContext Audit { get; }
        public Service Service { get; }
        public ServiceTargets Targets => Service.Targets;
        public IReadOnlyList<Component> Components { get; }
        /// <summary>Components that need backup (not <c>required: false</c>), in the order written; listed once, as most
        /// controls ask.</summary>
        public IReadOnlyList<Component> ComponentsNeedingBackup => _componentsNeedingBackup ??= Components.Where(c => c.NeedsBackup).ToList();

        private List<Component>? _componentsNeedingBackup;
        /// <summary>This service's restore tests at or before asOf, oldest first.</summary>
        public IReadOnlyList<RestoreTest> RestoreTests { get; }

        /// <summary>The documented or derived restore order and its problems, worked out once.</summary>
        public RestoreOrderAnalysis RestoreOrder => _restoreOrder.Value;

        public ComponentEvidence EvidenceFor(Component component) => Audit.Evidence.For(component.Id);

        /// <summary>The service name for statements ("Payroll").</summary>
        public string Name => Service.Name;
    }
}
