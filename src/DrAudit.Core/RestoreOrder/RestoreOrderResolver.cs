using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DrAudit.Core.Loading.Yaml;
using DrAudit.Core.Model.Definition;

namespace DrAudit.Core.RestoreOrder
{
    /// <summary>
    /// Checks a service's documented restore order against <c>dependsOn</c> and derives one when it is absent
    /// (client-definition.md "services"; docs/rules.md DR-09). Dependencies count transitively, also through
    /// components outside the service. Cycles never loop: <see cref="FindCycles"/> reports them and the derived
    /// order places what it can.
    /// </summary>
    public static class RestoreOrderResolver
    {
        public static RestoreOrderAnalysis Analyse(ClientDefinition definition, Service service) =>
            Analyse(new DependencyGraph(definition), service);

        internal static RestoreOrderAnalysis Analyse(DependencyGraph graph, Service service)
        {
            var members = Distinct(service.Components);
            var derived = Derive(graph, members);
            var hasIdentity = members.Any(id => graph.Find(id)?.Kind == ComponentKind.Identity);
            if (service.RestoreOrder == null)
                return new RestoreOrderAnalysis(derived, false, derived, new string[0], hasIdentity);

            var problems = CheckDocumented(graph, members, service.RestoreOrder);
            return new RestoreOrderAnalysis(service.RestoreOrder.ToList(), true, derived, problems, hasIdentity);
        }

        /// <summary>What is wrong with a documented restore order (the problems <see cref="Analyse(ClientDefinition, Service)"/>
        /// reports for it), without deriving an order: the loader checks every service's.</summary>
        /// <param name="components">The service's components as written.</param>
        internal static List<string> DocumentedOrderProblems(DependencyGraph graph, IEnumerable<string> components, List<string> documented) =>
            CheckDocumented(graph, Distinct(components), documented);

        /// <summary>The service's restore order as steps: the documented order when present, else the derived one.</summary>
        public static IReadOnlyList<RestoreStep> Steps(ClientDefinition definition, Service service)
        {
            var graph = new DependencyGraph(definition);
            var analysis = Analyse(graph, service);
            var steps = new List<RestoreStep>(analysis.Order.Count);
            for (int i = 0; i < analysis.Order.Count; i++)
            {
                var id = analysis.Order[i];
                var component = graph.Find(id);
                steps.Add(new RestoreStep
                {
                    Service = service.Id,
                    Position = i + 1,
                    ComponentId = id,
                    ComponentName = component?.Name ?? id,
                    Kind = component == null ? "" : KebabCase.Of(component.Kind),
                    DependsOn = component?.DependsOn.ToList() ?? new List<string>(),
                    Documented = analysis.Documented,
                });
            }
            return steps;
        }

        /// <summary>
        /// Every dependency cycle among the definition's components, each as the ids along it
        /// (<c>[a, b, c]</c> means a depends on b, b on c, c on a), starting at the member written first.
        /// </summary>
        public static IReadOnlyList<IReadOnlyList<string>> FindCycles(ClientDefinition definition) =>
            FindCycles(new DependencyGraph(definition));

        /// <summary><see cref="FindCycles(ClientDefinition)"/> on a graph already made (an audit makes one and shares it).</summary>
        internal static IReadOnlyList<IReadOnlyList<string>> FindCycles(DependencyGraph graph)
        {
            var ids = Distinct(graph.Components.Select(c => c.Id));
            var position = new Dictionary<string, int>(ids.Count, StringComparer.Ordinal);
            for (int i = 0; i < ids.Count; i++) position[ids[i]] = i;

            var cycles = new List<(int Start, IReadOnlyList<string> Ids)>();
            foreach (var component in CyclicComponents(graph, ids, position))
            {
                var cycle = CycleWithin(graph, component, position);
                if (cycle != null) cycles.Add((position[cycle[0]], cycle));
            }
            return cycles.OrderBy(c => c.Start).Select(c => c.Ids).ToList();
        }

        private static List<string> Distinct(IEnumerable<string> ids)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            return ids.Where(seen.Add).ToList();
        }

        /// <summary>
        /// Stable topological order (Kahn, smallest position first). When only cycles remain, a member of a cycle
        /// (found by walking waiting dependencies from the earliest unplaced member) is placed next.
        /// </summary>
        private static List<string> Derive(DependencyGraph graph, List<string> members)
        {
            var position = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < members.Count; i++) position[members[i]] = i;

            var dependencies = new List<int>[members.Count];
            var dependents = new List<int>[members.Count];
            var waitingOn = new int[members.Count];
            for (int i = 0; i < members.Count; i++) dependents[i] = new List<int>();
            for (int i = 0; i < members.Count; i++)
            {
                dependencies[i] = graph.MemberDependencies(members[i], position.ContainsKey).Select(dep => position[dep]).ToList();
                foreach (var dep in dependencies[i]) dependents[dep].Add(i);
                waitingOn[i] = dependencies[i].Count;
            }

            var ready = new SortedSet<int>();
            for (int i = 0; i < members.Count; i++) if (waitingOn[i] == 0) ready.Add(i);
            var placed = new bool[members.Count];
            var order = new List<string>(members.Count);
            int nextUnplaced = 0;
            while (order.Count < members.Count)
            {
                int next;
                if (ready.Count > 0)
                {
                    next = ready.Min;
                    ready.Remove(next);
                }
                else
                {
                    while (placed[nextUnplaced]) nextUnplaced++;
                    next = MemberOfCycle(nextUnplaced, dependencies, placed);
                }
                placed[next] = true;
                order.Add(members[next]);
                foreach (var dependent in dependents[next])
                {
                    if (placed[dependent]) continue;
                    if (--waitingOn[dependent] == 0) ready.Add(dependent);
                }
            }
            return order;
        }

        /// <summary>Follows unplaced dependencies from a waiting member until one repeats: that one is on a cycle.</summary>
        private static int MemberOfCycle(int from, List<int>[] dependencies, bool[] placed)
        {
            var seen = new HashSet<int>();
            var current = from;
            while (seen.Add(current))
            {
                var waitingFor = dependencies[current].FirstOrDefault(dep => !placed[dep] && dep != current);
                if (dependencies[current].All(dep => placed[dep] || dep == current)) return current;
                current = waitingFor;
            }
            return current;
        }

        private static List<string> CheckDocumented(DependencyGraph graph, List<string> members, List<string> documented)
        {
            var problems = new List<string>();
            var memberSet = new HashSet<string>(members, StringComparer.Ordinal);
            var counts = new Dictionary<string, int>(documented.Count, StringComparer.Ordinal);
            var placedAt = new Dictionary<string, int>(documented.Count, StringComparer.Ordinal);
            for (int i = 0; i < documented.Count; i++)
            {
                var id = documented[i];
                counts[id] = counts.TryGetValue(id, out var n) ? n + 1 : 1;
                if (memberSet.Contains(id) && !placedAt.ContainsKey(id)) placedAt[id] = i;
            }

            var distinctDocumented = Distinct(documented);
            foreach (var id in distinctDocumented)
            {
                if (!memberSet.Contains(id))
                    problems.Add($"{id} is in restoreOrder but is not a component of the service.");
                if (counts[id] > 1)
                    problems.Add($"{id} appears {counts[id].ToString(CultureInfo.InvariantCulture)} times in restoreOrder; each component must appear once.");
            }
            foreach (var id in members)
            {
                if (!placedAt.ContainsKey(id))
                    problems.Add($"{id} is a component of the service but is missing from restoreOrder.");
            }
            Func<string, bool> isPlaced = placedAt.ContainsKey;
            foreach (var id in distinctDocumented)
            {
                if (!placedAt.TryGetValue(id, out var at)) continue;
                List<string>? later = null;
                foreach (var dep in graph.MemberDependencies(id, isPlaced))
                    if (placedAt[dep] > at) (later ??= new List<string>()).Add(dep);
                if (later == null) continue;
                // Each placed id has its own position, so this orders them as written.
                later.Sort((a, b) => placedAt[a].CompareTo(placedAt[b]));
                foreach (var dep in later)
                    problems.Add($"{id} is placed before {dep}, which it depends on.");
            }
            return problems;
        }

        /// <summary>
        /// Tarjan's strongly connected components that can hold a cycle: more than one member, or one that depends on
        /// itself (a component alone on no cycle, the usual case, is not listed). Iterative so deep chains cannot overflow the stack.
        /// </summary>
        private static List<List<string>> CyclicComponents(DependencyGraph graph, List<string> ids, Dictionary<string, int> position)
        {
            var count = ids.Count;
            var index = new int[count];
            var low = new int[count];
            var onStack = new bool[count];
            for (int i = 0; i < count; i++) index[i] = -1;
            var stack = new Stack<int>();
            var calls = new Stack<(int Node, int NextEdge)>();
            var result = new List<List<string>>();
            int counter = 0;

            for (int root = 0; root < count; root++)
            {
                if (index[root] >= 0) continue;
                calls.Push((root, 0));
                index[root] = low[root] = counter++;
                stack.Push(root);
                onStack[root] = true;
                while (calls.Count > 0)
                {
                    var (node, edge) = calls.Pop();
                    var deps = graph.DependenciesOf(ids[node]);
                    bool descended = false;
                    while (edge < deps.Count)
                    {
                        if (!position.TryGetValue(deps[edge++], out var next)) continue;
                        if (index[next] < 0)
                        {
                            calls.Push((node, edge));
                            index[next] = low[next] = counter++;
                            stack.Push(next);
                            onStack[next] = true;
                            calls.Push((next, 0));
                            descended = true;
                            break;
                        }
                        if (onStack[next]) low[node] = Math.Min(low[node], index[next]);
                    }
                    if (descended) continue;

                    if (low[node] == index[node])
                    {
                        if (stack.Peek() == node && !DependsOnItself(graph, ids[node]))
                        {
                            // A component alone, on no cycle.
                            stack.Pop();
                            onStack[node] = false;
                        }
                        else
                        {
                            var component = new List<string>();
                            int member;
                            do
                            {
                                member = stack.Pop();
                                onStack[member] = false;
                                component.Add(ids[member]);
                            } while (member != node);
                            result.Add(component);
                        }
                    }
                    if (calls.Count > 0)
                    {
                        var parent = calls.Peek().Node;
                        low[parent] = Math.Min(low[parent], low[node]);
                    }
                }
            }
            return result;
        }

        private static bool DependsOnItself(DependencyGraph graph, string id)
        {
            var deps = graph.DependenciesOf(id);
            for (int i = 0; i < deps.Count; i++)
                if (deps[i] == id) return true;
            return false;
        }

        /// <summary>A shortest cycle through the earliest-written member of a strongly connected component, or null when it has none.</summary>
        private static List<string>? CycleWithin(DependencyGraph graph, List<string> component, Dictionary<string, int> position)
        {
            var start = component[0];
            foreach (var id in component)
                if (position[id] < position[start]) start = id;
            if (component.Count == 1)
                return DependsOnItself(graph, start) ? new List<string> { start } : null;

            var inComponent = new HashSet<string>(component, StringComparer.Ordinal);
            var parent = new Dictionary<string, string>(StringComparer.Ordinal);
            var queue = new Queue<string>();
            queue.Enqueue(start);
            parent[start] = start;
            while (queue.Count > 0)
            {
                var current = queue.Dequeue();
                foreach (var dep in graph.DependenciesOf(current))
                {
                    if (dep == start)
                    {
                        var path = new List<string>();
                        for (var at = current; at != start; at = parent[at]) path.Add(at);
                        path.Add(start);
                        path.Reverse();
                        return path;
                    }
                    if (!inComponent.Contains(dep) || parent.ContainsKey(dep)) continue;
                    parent[dep] = current;
                    queue.Enqueue(dep);
                }
            }
            return null;
        }
    }
}
