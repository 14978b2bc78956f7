using System;
using System.Collections.Generic;
using System.IO;
using DrAudit.Core.Loading.Yaml;
using DrAudit.Core.Model.Definition;

namespace DrAudit.Core.Loading.Definition
{
    /// <summary>What the section readers of one client definition share: the definition being built, ids seen so far, and where problems go.</summary>
    internal sealed class DefinitionContext
    {
        public DefinitionContext(string filePath, string text, ProblemCollector problems)
        {
            Problems = problems;
            Yaml = new YamlValueReader(filePath, problems);
            Folder = Path.GetDirectoryName(filePath) ?? "";
            Definition = new ClientDefinition { FilePath = filePath, Text = text, Tiers = TierTargets.BuiltInTiers() };
        }

        public ProblemCollector Problems { get; }
        /// <summary>Reads values of the definition file itself.</summary>
        public YamlValueReader Yaml { get; }
        /// <summary>The definition file's folder: relative paths are resolved against it.</summary>
        public string Folder { get; }
        public ClientDefinition Definition { get; }

        public Dictionary<string, Component> Components { get; } = new Dictionary<string, Component>(StringComparer.Ordinal);
        public Dictionary<string, Service> Services { get; } = new Dictionary<string, Service>(StringComparer.Ordinal);
        public Dictionary<string, SourceDefinition> Sources { get; } = new Dictionary<string, SourceDefinition>(StringComparer.Ordinal);
        private readonly Dictionary<string, HashSet<string>> _serviceComponents = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        /// <summary>Where each component's <c>dependsOn</c> key is written (cycle problems point there).</summary>
        public Dictionary<string, LocatedScalar> DependsOnKeys { get; } = new Dictionary<string, LocatedScalar>(StringComparer.Ordinal);
        /// <summary>Where each service's <c>restoreOrder</c> key is written (restore-order warnings point there).</summary>
        public Dictionary<Service, LocatedScalar> RestoreOrderKeys { get; } = new Dictionary<Service, LocatedScalar>();

        /// <summary>The component ids of the known service <paramref name="serviceId"/> as a set (made the first time it is
        /// asked for: only restore tests that name components need it), or null when no service has that id.</summary>
        public HashSet<string>? ComponentsOf(string serviceId)
        {
            if (_serviceComponents.TryGetValue(serviceId, out var components)) return components;
            if (!Services.TryGetValue(serviceId, out var service)) return null;
            components = new HashSet<string>(service.Components, StringComparer.Ordinal);
            _serviceComponents[serviceId] = components;
            return components;
        }

        /// <summary>Records <paramref name="id"/> as used in a list; a second use is a DuplicateId problem.</summary>
        public static bool Claim<T>(YamlValueReader yaml, Dictionary<string, T> seen, string id, T item, LocatedNode at, string what)
        {
            if (seen.ContainsKey(id))
            {
                yaml.Report(at, "DuplicateId", $"{what} id {ProblemText.Quote(id)} is used more than once; ids must be unique in their list.");
                return false;
            }
            seen[id] = item;
            return true;
        }

        /// <summary>
        /// The ids of a reference list, each checked against <paramref name="known"/> (UnknownId) and, when
        /// <paramref name="rejectDuplicates"/>, listed once only (DuplicateId). Returns every id as written.
        /// </summary>
        public static List<string> References<T>(YamlValueReader yaml, List<LocatedScalar> items, IReadOnlyDictionary<string, T> known, string what, bool rejectDuplicates)
        {
            var ids = new List<string>(items.Count);
            var seen = items.Count > 1 ? new HashSet<string>(StringComparer.Ordinal) : null;
            foreach (var item in items)
            {
                ids.Add(item.Value);
                if (seen != null && !seen.Add(item.Value))
                {
                    if (rejectDuplicates) yaml.Report(item, "DuplicateId", $"{what} {YamlValueReader.Show(item)} is listed more than once.");
                    continue;
                }
                CheckReference(yaml, item, known, what);
            }
            return ids;
        }

        /// <summary>True when <paramref name="item"/> names a known id; otherwise reports UnknownId.</summary>
        public static bool CheckReference<T>(YamlValueReader yaml, LocatedScalar item, IReadOnlyDictionary<string, T> known, string what)
        {
            if (known.ContainsKey(item.Value)) return true;
            yaml.Report(item, "UnknownId", $"no {what} has the id {YamlValueReader.Show(item)}.");
            return false;
        }

        /// <summary>A path from the file, made absolute against the definition's folder; null (BadValue) when it is not a valid path.</summary>
        public string? ResolvePath(LocatedNode at, string value, string key)
        {
            try
            {
                return Path.GetFullPath(Path.Combine(Folder, value));
            }
            catch (Exception e) when (e is ArgumentException || e is NotSupportedException || e is PathTooLongException)
            {
                Yaml.Report(at, "BadValue", $"'{key}' is not a valid path: {e.Message}");
                return null;
            }
        }
    }
}
