using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using DrAudit.Core.Packs.Html;
using Scriban;
using Scriban.Runtime;

namespace DrAudit.Core.Fleet
{
    /// <summary><c>fleet.html</c>: one self-contained page (inline CSS, a Content-Security-Policy that forbids external
    /// loads and scripts) with the clients table and the clients per maturity level. Rendered from
    /// <see cref="FleetHtmlTemplate"/> through <see cref="HtmlEncodingTemplateContext"/>: every value is HTML-encoded.</summary>
    internal sealed class FleetHtmlRenderer : IFleetRenderer
    {
        public const string FileName = "fleet.html";

        private readonly ReportBranding _branding;

        public FleetHtmlRenderer() : this(new ReportBranding()) { }

        public FleetHtmlRenderer(ReportBranding branding)
        {
            _branding = branding;
        }

        private static readonly Lazy<Template> Parsed = new Lazy<Template>(() =>
        {
            var template = Template.ParseLiquid(FleetHtmlTemplate.Text, "fleet.liquid");
            if (template.HasErrors) throw new InvalidOperationException("The fleet template has errors: " + string.Join("; ", template.Messages));
            return template;
        });

        public IReadOnlyList<string> Render(FleetSummary summary, string directory)
        {
            File.WriteAllText(Path.Combine(directory, FileName), RenderHtml(summary, _branding), new UTF8Encoding(false));
            return new[] { FileName };
        }

        public static string RenderHtml(FleetSummary summary) => RenderHtml(summary, new ReportBranding());

        public static string RenderHtml(FleetSummary summary, ReportBranding branding)
        {
            var context = new HtmlEncodingTemplateContext(new ReportTemplates(null));
            var globals = new ScriptObject();
            var view = View(summary);
            view["msp_name"] = branding.MspName ?? "";
            view["logo_data_uri"] = branding.LogoDataUri() ?? "";
            view["accent_color"] = branding.AccentColor;
            globals.SetValue("fleet", view, true);
            context.PushGlobal(globals);
            return Parsed.Value.Render(context);
        }

        private static ScriptObject View(FleetSummary summary)
        {
            var view = new ScriptObject
            {
                ["date"] = PackFolders.DateName(summary.AsOf ?? summary.GeneratedAt),
                ["generated_at"] = FleetSummaryText.Time(summary.GeneratedAt),
                ["as_of"] = FleetSummaryText.Time(summary.AsOf),
                ["tool_version"] = summary.ToolVersion,
                ["clients_total"] = summary.ClientsTotal,
                ["clients_text"] = Packs.Html.ReportFormat.Count(summary.ClientsTotal, "client", "clients"),
                ["clients_audited"] = summary.ClientsAudited,
                ["clients_failed"] = summary.ClientsFailed,
                ["clients_with_failed_sources"] = summary.ClientsWithFailedSources,
            };
            var clients = new ScriptArray();
            foreach (var row in summary.Clients) clients.Add(Row(row));
            view["clients"] = clients;
            var levels = new ScriptArray();
            foreach (var level in Enumerable.Range(0, 4))
                levels.Add(new ScriptObject
                {
                    ["level"] = level,
                    ["count"] = summary.Clients.Count(c => c.MaturityLevel == level),
                    ["clients"] = FleetSummaryText.ClientsAt(summary, level),
                });
            view["levels"] = levels;
            return view;
        }

        private static ScriptObject Row(FleetClientSummary row) => new ScriptObject
        {
            ["client_id"] = row.ClientId ?? "",
            ["client_name"] = FleetSummaryText.Client(row),
            ["status"] = row.Status.ToString(),
            ["status_class"] = row.Status.ToString().ToLowerInvariant(),
            ["error"] = row.Error ?? "",
            ["as_of"] = FleetSummaryText.Time(row.AsOf),
            ["maturity"] = FleetSummaryText.Number(row.MaturityLevel),
            ["dr_readiness"] = FleetSummaryText.DrReadiness(row),
            ["high"] = FleetSummaryText.Number(row.FindingsHigh),
            ["medium"] = FleetSummaryText.Number(row.FindingsMedium),
            ["low"] = FleetSummaryText.Number(row.FindingsLow),
            ["sources_failed"] = FleetSummaryText.SourcesFailed(row),
            ["change"] = FleetSummaryText.Change(row),
            ["pack"] = row.Pack ?? "",
        };
    }
}
