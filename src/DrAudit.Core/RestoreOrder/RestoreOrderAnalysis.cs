using System.Collections.Generic;

namespace DrAudit.Core.RestoreOrder
{
    /// <summary>A service's restore order: the documented one checked against <c>dependsOn</c>, and the one derived from it.</summary>
    public sealed class RestoreOrderAnalysis
    {
        public RestoreOrderAnalysis(IReadOnlyList<string> order, bool documented, IReadOnlyList<string> derivedOrder,
            IReadOnlyList<string> problems, bool hasIdentityComponent)
        {
            Order = order;
            Documented = documented;
            DerivedOrder = derivedOrder;
            Problems = problems;
            HasIdentityComponent = hasIdentityComponent;
        }

        /// <summary>The documented order when the service has <c>restoreOrder</c>, else the derived one.</summary>
        public IReadOnlyList<string> Order { get; }
        /// <summary>True when the service has a <c>restoreOrder</c>.</summary>
        public bool Documented { get; }
        /// <summary>A stable topological order of the service's components over <c>dependsOn</c>, ties broken by the service's <c>components</c> order.</summary>
        public IReadOnlyList<string> DerivedOrder { get; }
        /// <summary>What is wrong with the documented order, as plain sentences; empty when undocumented.</summary>
        public IReadOnlyList<string> Problems { get; }
        /// <summary>Documented and without problems.</summary>
        public bool Consistent => Documented && Problems.Count == 0;
        /// <summary>The service has a component of kind <c>identity</c>.</summary>
        public bool HasIdentityComponent { get; }
    }
}
