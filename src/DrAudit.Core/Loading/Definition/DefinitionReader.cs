using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Loading.Yaml;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.RestoreOrder;

namespace DrAudit.Core.Loading.Definition
{
    /// <summary>
    /// Reads one client definition's text into a <see cref="ClientDefinition"/>, reporting every problem.
    /// Sections are read in dependency order (sources, components, tiers, services, then what refers to them)
    /// whatever order the file writes them in, so every reference can be checked as it is read.
    /// </summary>
    internal static class DefinitionReader
    {
        private static readonly string[] TopKeys =
        {
            "apiVersion", "client", "asOf", "auditWindow", "tiers", "services", "components", "sources",
            "restoreTests", "access", "recovery", "exercises", "exceptions", "accountedFor", "notImplemented",
        };
        private static readonly string[] ClientKeys = { "id", "name", "msp" };

        public static ClientDefinition? Read(DefinitionContext context)
        {
            var yaml = context.Yaml;
            var root = LocatedYamlParser.Parse(context.Definition.Text, out var error);
            if (error != null)
            {
                yaml.Report(error.Line, error.Column, error.Code, error.Message);
                return null;
            }
            if (root == null)
            {
                yaml.Report(1, 1, "MissingKey", "the file is empty; a client definition needs apiVersion, client, services and components.");
                return null;
            }
            var top = yaml.Mapping(root, "the client definition", TopKeys);
            if (top == null) return null;

            var definition = context.Definition;
            ReadHeader(context, top);
            SourceReader.Read(context, top);
            ComponentReader.Read(context, top);
            ServiceReader.ReadTiers(context, top);
            ServiceReader.ReadServices(context, top);
            RestoreTestReader.Read(context, top);
            definition.Access = AccessReader.Read(top);
            definition.Recovery = RecoveryReader.Read(context, top);
            ExerciseReader.Read(context, top);
            ExceptionReader.Read(context, top);
            AccountedForReader.Read(context, top);
            NotImplementedReader.Read(context, top);
            var graph = new DependencyGraph(definition);
            CheckCycles(context, graph);
            CheckRestoreOrders(context, graph);
            return definition;
        }

        private static void ReadHeader(DefinitionContext context, MappingFields top)
        {
            var definition = context.Definition;
            if (top.Value("apiVersion", required: true) is LocatedNode apiNode && context.Yaml.Text(apiNode, "apiVersion") is string api)
            {
                definition.ApiVersion = api;
                if (api != ClientDefinition.SupportedApiVersion)
                    context.Yaml.Report(apiNode, "BadApiVersion", $"apiVersion is {YamlValueReader.Show((LocatedScalar)apiNode)}; this version of DrAudit reads {ClientDefinition.SupportedApiVersion}.");
            }
            var client = top.Mapping("client", "'client'", ClientKeys, required: true);
            if (client != null)
            {
                definition.Client = new ClientInfo
                {
                    Id = client.Id("id", required: true) ?? "",
                    Name = client.Text("name", required: true) ?? "",
                    Msp = client.Text("msp"),
                };
            }
            definition.AsOf = top.Time("asOf");
            definition.AuditWindow = top.Duration("auditWindow") ?? ClientDefinition.DefaultAuditWindow;
        }

        /// <summary>A dependency cycle is an error at the <c>dependsOn</c> of its first-written member.</summary>
        private static void CheckCycles(DefinitionContext context, DependencyGraph graph)
        {
            foreach (var cycle in RestoreOrderResolver.FindCycles(graph))
            {
                // Ids are written bare in the path; a huge one (any length is a valid id) by its start and length.
                var path = string.Join(" -> ", cycle.Concat(new[] { cycle[0] }).Select(id => id.Length <= ProblemText.MaxQuoted ? id : ProblemText.Quote(id)));
                var message = cycle.Count == 1
                    ? $"component {ProblemText.Quote(cycle[0])} depends on itself."
                    : $"dependency cycle {path}: no component on it can be restored first.";
                if (context.DependsOnKeys.TryGetValue(cycle[0], out var at)) context.Yaml.Report(at, "DependencyCycle", message);
                else context.Yaml.Report(0, 0, "DependencyCycle", message);
            }
        }

        /// <summary>
        /// Restore-order problems are warnings at the service's <c>restoreOrder</c> key (docs/rules.md DR-09); ids that
        /// name no component were already reported as errors and are left out of the analysis.
        /// </summary>
        private static void CheckRestoreOrders(DefinitionContext context, DependencyGraph graph)
        {
            foreach (var entry in context.RestoreOrderKeys)
            {
                var service = entry.Key;
                var known = new List<string>(service.RestoreOrder!.Count);
                foreach (var id in service.RestoreOrder)
                    if (context.Components.ContainsKey(id)) known.Add(id);
                foreach (var problem in RestoreOrderResolver.DocumentedOrderProblems(graph, service.Components, known))
                    context.Yaml.Report(entry.Value, "RestoreOrder", $"restoreOrder of service {ProblemText.Quote(service.Id)}: {problem}", ProblemSeverity.Warning);
            }
        }
    }
}
