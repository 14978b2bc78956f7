using DrAudit.Core.Catalogue;
using DrAudit.Core.Loading.Yaml;
using DrAudit.Core.Model.Definition;

namespace DrAudit.Core.Loading.Definition
{
    /// <summary>Reads <c>notImplemented</c> (v1.1): controls the client has chosen not to implement. Services must be read first.</summary>
    internal static class NotImplementedReader
    {
        private static readonly string[] Keys = { "control", "service", "statedBy", "statedOn", "reason" };

        public static void Read(DefinitionContext context, MappingFields top)
        {
            var items = top.List("notImplemented", "a list of controls not implemented");
            if (items == null) return;
            foreach (var item in items)
            {
                var f = context.Yaml.Mapping(item, "a notImplemented entry", Keys);
                if (f == null) continue;
                var entry = new NotImplementedEntry
                {
                    Control = f.Text("control", required: true) ?? "",
                    Service = f.Text("service"),
                    StatedBy = f.Text("statedBy", required: true) ?? "",
                    StatedOn = f.Date("statedOn", required: true) ?? default,
                    Reason = f.Text("reason", required: true) ?? "",
                    DefinedAt = context.Yaml.Locate(item),
                };
                if (f.Value("control") is LocatedScalar control && !ControlCatalogue.Default.Contains(control.Value))
                    context.Yaml.Report(control, "UnknownId", $"no control has the id {YamlValueReader.Show(control)}; see the control catalogue (controls.md).");
                if (f.Value("service") is LocatedScalar service)
                    DefinitionContext.CheckReference(context.Yaml, service, context.Services, "service");
                context.Definition.NotImplemented.Add(entry);
            }
        }
    }
}
