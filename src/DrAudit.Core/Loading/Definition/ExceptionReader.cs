using System.Globalization;
using DrAudit.Core.Catalogue;
using DrAudit.Core.Loading.Yaml;
using DrAudit.Core.Model.Definition;

namespace DrAudit.Core.Loading.Definition
{
    /// <summary>Reads <c>exceptions</c> (accepted risks); services must be read first.</summary>
    internal static class ExceptionReader
    {
        public const int MaximumDays = 365;
        private static readonly string[] Keys = { "control", "service", "reason", "compensating", "acceptedBy", "acceptedOn", "expires" };

        public static void Read(DefinitionContext context, MappingFields top)
        {
            var items = top.List("exceptions", "a list of exceptions");
            if (items == null) return;
            foreach (var item in items)
            {
                var f = context.Yaml.Mapping(item, "an exception", Keys);
                if (f == null) continue;
                var exception = new RiskException
                {
                    Control = f.Text("control", required: true) ?? "",
                    Service = f.Text("service"),
                    Reason = f.Text("reason", required: true) ?? "",
                    Compensating = f.Text("compensating", required: true) ?? "",
                    AcceptedBy = f.Text("acceptedBy", required: true) ?? "",
                    Location = context.Yaml.Locate(item),
                };
                if (f.Value("control") is LocatedScalar control && !ControlCatalogue.Default.Contains(control.Value))
                    context.Yaml.Report(control, "UnknownId", $"no control has the id {YamlValueReader.Show(control)}; see the control catalogue (controls.md).");
                if (f.Value("service") is LocatedScalar service)
                    DefinitionContext.CheckReference(context.Yaml, service, context.Services, "service");

                var acceptedOn = f.Date("acceptedOn", required: true);
                var expires = f.Date("expires", required: true);
                exception.AcceptedOn = acceptedOn ?? default;
                exception.Expires = expires ?? default;
                if (acceptedOn != null && expires != null && f.Value("expires") is LocatedNode at)
                {
                    var days = MaximumDays.ToString(CultureInfo.InvariantCulture);
                    if (expires <= acceptedOn)
                        context.Yaml.Report(at, "BadException", "expires must be after acceptedOn.");
                    else if (expires.Value - acceptedOn.Value > System.TimeSpan.FromDays(MaximumDays))
                        context.Yaml.Report(at, "BadException", $"expires is more than {days} days after acceptedOn; an exception must be reviewed at least every {days} days.");
                }
                context.Definition.Exceptions.Add(exception);
            }
        }
    }
}
