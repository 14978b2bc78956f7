using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Loading.Yaml;
using DrAudit.Core.Model;
using DrAudit.Core.Model.Definition;

namespace DrAudit.Core.Loading.Definition
{
    /// <summary>Reads <c>tiers</c> and <c>services</c>; components must be read first.</summary>
    internal static class ServiceReader
    {
        private static readonly string[] TierKeys = { "rpo", "rto", "restoreTestEvery", "retention", "syncTolerance" };
        private static readonly string[] NewTierRequiredKeys = { "rpo", "rto", "restoreTestEvery", "retention" };
        private static readonly string[] Keys = { "id", "name", "tier", "owners", "targets", "components", "restoreOrder", "workaround" };
        private static readonly string[] OwnerKeys = { "business", "technical" };
        private static readonly string[] TargetKeys = { "rpo", "rto", "retention", "restoreTestEvery", "syncTolerance", "approvedBy", "approvedOn" };

        /// <summary>Built-in tiers overridden key by key; new tiers must set rpo, rto, restoreTestEvery and retention.</summary>
        public static void ReadTiers(DefinitionContext context, MappingFields top)
        {
            var tiers = top.Mapping("tiers", "'tiers'", null);
            if (tiers == null) return;
            foreach (var entry in tiers.Node.Entries)
            {
                if (!(entry.Key is LocatedScalar key) || key.IsNull || tiers.KeyNode(key.Value) != key) continue;
                var name = context.Yaml.Id(key, "tier name");
                var f = context.Yaml.Mapping(entry.Value, $"tier {ProblemText.Quote(key.Value)}", TierKeys);
                if (name == null || f == null) continue;
                if (!context.Definition.Tiers.TryGetValue(name, out var tier))
                {
                    tier = new TierTargets { Name = name };
                    foreach (var required in NewTierRequiredKeys)
                        if (f.Value(required) == null) f.Missing(required, $"{ProblemText.Quote(name)} is not a built-in tier, so it must set {string.Join(", ", NewTierRequiredKeys)}");
                    context.Definition.Tiers[name] = tier;
                }
                tier.Rpo = f.Duration("rpo") ?? tier.Rpo;
                tier.Rto = f.Duration("rto") ?? tier.Rto;
                tier.RestoreTestEvery = f.Duration("restoreTestEvery") ?? tier.RestoreTestEvery;
                tier.Retention = f.Duration("retention") ?? tier.Retention;
                tier.SyncTolerance = f.Duration("syncTolerance") ?? tier.SyncTolerance;
            }
        }

        public static void ReadServices(DefinitionContext context, MappingFields top)
        {
            var items = top.List("services", "a list of services", required: true);
            if (items == null) return;
            if (items.Count == 0)
                context.Yaml.Report(top.Value("services")!, "WrongType", "'services' is empty; a client definition needs at least one service.");
            foreach (var item in items)
            {
                var service = ReadOne(context, item);
                if (service != null) context.Definition.Services.Add(service);
            }
        }

        private static Service? ReadOne(DefinitionContext context, LocatedNode item)
        {
            var f = context.Yaml.Mapping(item, "a service", Keys);
            if (f == null) return null;
            var service = new Service { Location = context.Yaml.Locate(item) };
            service.Id = f.Id("id", required: true) ?? "";
            if (service.Id.Length > 0) DefinitionContext.Claim(context.Yaml, context.Services, service.Id, service, f.Value("id")!, "service");
            service.Name = f.Text("name", required: true) ?? "";
            service.Workaround = f.Text("workaround");

            TierTargets? tier = null;
            service.Tier = f.Text("tier", required: true) ?? "";
            if (f.Value("tier") is LocatedScalar tierNode && service.Tier.Length > 0 && !context.Definition.Tiers.TryGetValue(service.Tier, out tier))
                context.Yaml.Report(tierNode, "UnknownId", $"no tier is named {YamlValueReader.Show(tierNode)}; tiers: {string.Join(", ", context.Definition.Tiers.Keys)}.");

            var owners = f.Mapping("owners", "'owners'", OwnerKeys);
            if (owners != null) service.Owners = new ServiceOwners { Business = owners.Text("business"), Technical = owners.Text("technical") };

            service.Targets = Targets(f, tier);

            var components = f.ScalarList("components", "a list of component ids", required: true);
            if (components != null)
            {
                if (components.Count == 0 && f.Value("components") is LocatedNode empty)
                    context.Yaml.Report(empty, "WrongType", "'components' is empty; a service needs at least one component.");
                service.Components = DefinitionContext.References(context.Yaml, components, context.Components, "component", rejectDuplicates: true);
            }

            var restoreOrder = f.ScalarList("restoreOrder", "a list of component ids");
            if (restoreOrder != null)
            {
                service.RestoreOrder = restoreOrder.Select(s => s.Value).ToList();
                foreach (var id in restoreOrder) DefinitionContext.CheckReference(context.Yaml, id, context.Components, "component");
                context.RestoreOrderKeys[service] = f.KeyNode("restoreOrder")!;
            }
            return service;
        }

        /// <summary>The service's own targets over its tier's (an unknown tier contributes nothing).</summary>
        private static ServiceTargets Targets(MappingFields service, TierTargets? tier)
        {
            var targets = new ServiceTargets
            {
                Rpo = tier?.Rpo ?? default,
                Rto = tier?.Rto ?? default,
                Retention = tier?.Retention ?? default,
                RestoreTestEvery = tier?.RestoreTestEvery ?? default,
                SyncTolerance = tier?.SyncTolerance ?? TierTargets.DefaultSyncTolerance,
            };
            var f = service.Mapping("targets", "'targets'", TargetKeys);
            if (f == null) return targets;
            targets.Rpo = f.Duration("rpo") ?? targets.Rpo;
            targets.Rto = f.Duration("rto") ?? targets.Rto;
            targets.Retention = f.Duration("retention") ?? targets.Retention;
            targets.RestoreTestEvery = f.Duration("restoreTestEvery") ?? targets.RestoreTestEvery;
            targets.SyncTolerance = f.Duration("syncTolerance") ?? targets.SyncTolerance;
            targets.ApprovedBy = f.Text("approvedBy");
            targets.ApprovedOn = f.Date("approvedOn");
            return targets;
        }
    }
}
