using System;
using System.Collections.Generic;
using DrAudit.Core.Loading.Yaml;
using DrAudit.Core.Model.Definition;

namespace DrAudit.Core.Loading.Definition
{
    /// <summary>Reads <c>components</c> (client-definition.md "components"); sources must be read first.</summary>
    internal static class ComponentReader
    {
        private static readonly string[] Keys = { "id", "name", "kind", "dependsOn", "backup" };
        private static readonly string[] BackupKeys = { "required", "reason", "match" };
        private static readonly string[] MatchKeys = { "source", "object" };

        public static void Read(DefinitionContext context, MappingFields top)
        {
            var items = top.List("components", "a list of components", required: true);
            if (items == null) return;
            var dependsOn = new List<LocatedScalar>();
            foreach (var item in items)
            {
                var component = ReadOne(context, item, dependsOn);
                if (component != null) context.Definition.Components.Add(component);
            }
            foreach (var reference in dependsOn)
                DefinitionContext.CheckReference(context.Yaml, reference, context.Components, "component");
        }

        private static Component? ReadOne(DefinitionContext context, LocatedNode item, List<LocatedScalar> dependsOnReferences)
        {
            var f = context.Yaml.Mapping(item, "a component", Keys);
            if (f == null) return null;
            var component = new Component { Location = context.Yaml.Locate(item) };
            component.Id = f.Id("id", required: true) ?? "";
            var claimed = component.Id.Length > 0 && DefinitionContext.Claim(context.Yaml, context.Components, component.Id, component, f.Value("id")!, "component");
            component.Name = f.Text("name", required: true) ?? "";
            component.Kind = f.Enum<ComponentKind>("kind", required: true) ?? ComponentKind.Other;

            var dependsOn = f.ScalarList("dependsOn", "a list of component ids");
            if (dependsOn != null)
            {
                var seen = dependsOn.Count > 1 ? new HashSet<string>(StringComparer.Ordinal) : null;
                foreach (var dep in dependsOn)
                {
                    if (seen != null && !seen.Add(dep.Value))
                    {
                        f.Reader.Report(dep, "DuplicateId", $"component {YamlValueReader.Show(dep)} is listed more than once.");
                        continue;
                    }
                    component.DependsOn.Add(dep.Value);
                    dependsOnReferences.Add(dep);
                }
                if (claimed) context.DependsOnKeys[component.Id] = f.KeyNode("dependsOn")!;
            }
            component.Backup = Backup(context, f);
            return component;
        }

        private static BackupSpec? Backup(DefinitionContext context, MappingFields component)
        {
            var f = component.Mapping("backup", "a backup block", BackupKeys);
            if (f == null) return null;
            var required = f.Bool("required");
            var backup = new BackupSpec { Required = required ?? true, Reason = f.Text("reason") };
            if (required == false && f.Value("reason") == null)
                f.Missing("reason", "a component with required: false must say why no backup is expected");

            var matches = f.List("match", "a list of {source, object}");
            if (matches == null) return backup;
            foreach (var item in matches)
            {
                var m = context.Yaml.Mapping(item, "a backup match", MatchKeys);
                if (m == null) continue;
                var match = new BackupMatch { Source = m.Text("source", required: true) ?? "", Object = m.Text("object", required: true) ?? "" };
                if (m.Value("source") is LocatedScalar source && !source.IsNull)
                    DefinitionContext.CheckReference(context.Yaml, source, context.Sources, "source");
                backup.Match.Add(match);
            }
            return backup;
        }
    }
}
