using System;
using System.Collections.Generic;
using DrAudit.Core.Model.Definition;

namespace DrAudit.Core.RestoreOrder
{
    /// <summary>The <c>dependsOn</c> graph of a definition's components, looked up by id (the first component with an id wins).</summary>
    internal sealed class DependencyGraph
    {
        private static readonly IReadOnlyList<string> NoDependencies = new string[0];
        private readonly Dictionary<string, Component> _byId;

        public DependencyGraph(ClientDefinition definition)
        {
            Components = definition.Components;
            _byId = new Dictionary<string, Component>(definition.Components.Count, StringComparer.Ordinal);
            foreach (var component in definition.Components)
            {
                if (!_byId.ContainsKey(component.Id)) _byId[component.Id] = component;
            }
        }

        public IReadOnlyList<Component> Components { get; }

        public Component? Find(string id) => _byId.TryGetValue(id, out var c) ? c : null;

        public IReadOnlyList<string> DependenciesOf(string id) => _byId.TryGetValue(id, out var c) ? c.DependsOn : NoDependencies;

        /// <summary>
        /// The members that <paramref name="from"/> depends on, directly or through any chain of non-members
        /// (components outside the set, or not in the graph). Never includes <paramref name="from"/> itself; stops on cycles.
        /// </summary>
        public IReadOnlyList<string> MemberDependencies(string from, Func<string, bool> isMember)
        {
            // Most components depend on nothing or on one member directly: answered without walking.
            var direct = DependenciesOf(from);
            if (direct.Count == 0) return NoDependencies;
            if (direct.Count == 1)
            {
                if (direct[0] == from) return NoDependencies;
                if (isMember(direct[0])) return new[] { direct[0] };
            }

            var found = new List<string>();
            var visited = new HashSet<string>(StringComparer.Ordinal) { from };
            var stack = new Stack<string>();
            stack.Push(from);
            while (stack.Count > 0)
            {
                var current = stack.Pop();
                var deps = DependenciesOf(current);
                for (int i = deps.Count - 1; i >= 0; i--)
                {
                    var dep = deps[i];
                    if (!visited.Add(dep)) continue;
                    if (isMember(dep)) found.Add(dep);
                    else stack.Push(dep);
                }
            }
            return found;
        }
    }
}
