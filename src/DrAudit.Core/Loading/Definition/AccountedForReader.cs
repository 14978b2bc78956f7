using DrAudit.Core.Loading.Yaml;
using DrAudit.Core.Model.Definition;

namespace DrAudit.Core.Loading.Definition
{
    /// <summary>Reads <c>accountedFor</c> (v1.1): discovered workloads deliberately not backed up. Sources must be read first.</summary>
    internal static class AccountedForReader
    {
        private static readonly string[] Keys = { "source", "object", "reason", "acceptedBy", "acceptedOn" };

        public static void Read(DefinitionContext context, MappingFields top)
        {
            var items = top.List("accountedFor", "a list of accounted-for workloads");
            if (items == null) return;
            foreach (var item in items)
            {
                var f = context.Yaml.Mapping(item, "an accountedFor entry", Keys);
                if (f == null) continue;
                var entry = new AccountedFor
                {
                    Source = f.Text("source", required: true) ?? "",
                    Object = f.Text("object", required: true) ?? "",
                    Reason = f.Text("reason", required: true) ?? "",
                    AcceptedBy = f.Text("acceptedBy", required: true) ?? "",
                    AcceptedOn = f.Date("acceptedOn", required: true) ?? default,
                    DefinedAt = context.Yaml.Locate(item),
                };
                if (f.Value("source") is LocatedScalar source)
                    DefinitionContext.CheckReference(context.Yaml, source, context.Sources, "source");
                if (f.Value("object") is LocatedScalar name && name.Value.Trim().Length == 0)
                    context.Yaml.Report(name, "BadValue", "'object' is empty; name a workload (wildcards * allowed).");
                context.Definition.AccountedFor.Add(entry);
            }
        }
    }
}
