namespace DrAudit.Core.Fleet
{
    /// <summary>The fleet summary page as a Liquid template. Rendered through
    /// <see cref="Packs.Html.HtmlEncodingTemplateContext"/>, so every <c>{{ value }}</c> is HTML-encoded; the page is
    /// self-contained (inline CSS) and its Content-Security-Policy forbids every external load and every script.</summary>
    internal static class FleetHtmlTemplate
    {
        public const string Text = @"<!DOCTYPE html>
<html lang=""en"">
<head>
<meta charset=""utf-8"">
<meta http-equiv=""Content-Security-Policy"" content=""default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"">
<meta name=""viewport"" content=""width=device-width, initial-scale=1"">
<meta name=""generator"" content=""DrAudit {{ fleet.tool_version }}"">
<title>Fleet backup and DR readiness ({{ fleet.date }})</title>
<style>
body { font-family: system-ui, -apple-system, 'Segoe UI', sans-serif; margin: 2rem; color: #1f2933; }
h1 { margin-bottom: .25rem; border-bottom: 3px solid {{ fleet.accent_color }}; padding-bottom: .25rem; }
.brand { display: flex; align-items: center; gap: .75rem; color: {{ fleet.accent_color }}; font-weight: 600; }
.brand img { max-height: 48px; max-width: 200px; }
table { border-collapse: collapse; margin: 1rem 0 2rem; }
th, td { border: 1px solid #cbd2d9; padding: .35rem .6rem; text-align: left; vertical-align: top; }
th { background: #f0f4f8; }
td.num { text-align: right; }
.meta { color: #52606d; }
tr.failed td { background: #f8cbad; }
tr.sourcefailed td { background: #ffe699; }
.totals span { display: inline-block; margin-right: 1.5rem; }
</style>
</head>
<body data-generated-at=""{{ fleet.generated_at }}"">
{%- if fleet.logo_data_uri != """" or fleet.msp_name != """" %}<div class=""brand"">{% if fleet.logo_data_uri != """" %}<img src=""{{ fleet.logo_data_uri }}"" alt=""{{ fleet.msp_name }}"">{% endif %}<span class=""msp"">{{ fleet.msp_name }}</span></div>{% endif %}
<h1>Fleet backup and DR readiness</h1>
<p class=""meta"">Generated {{ fleet.generated_at }}{% if fleet.as_of != """" %}; every client audited as of {{ fleet.as_of }}{% endif %}; DrAudit {{ fleet.tool_version }}</p>
<p class=""totals"">
  <span data-metric=""clients"">{{ fleet.clients_text }}</span>
  <span data-metric=""audited"">{{ fleet.clients_audited }} audited</span>
  <span data-metric=""failed"">{{ fleet.clients_failed }} failed</span>
  <span data-metric=""sources-failing"">{{ fleet.clients_with_failed_sources }} with sources failing</span>
</p>
<h2>Clients</h2>
<table id=""clients"">
<thead><tr><th>Client</th><th>Status</th><th>Audit point</th><th>Maturity level</th><th>DR readiness</th><th>High</th><th>Medium</th><th>Low</th><th>Sources failing</th><th>Since the previous pack</th><th>Pack</th></tr></thead>
<tbody>
{%- for c in fleet.clients %}
<tr class=""{{ c.status_class }}"" data-client=""{{ c.client_id }}"">
<td>{{ c.client_name }}<br><small>{{ c.client_id }}</small></td>
<td>{{ c.status }}{% if c.error != """" %}<br><small>{{ c.error }}</small>{% endif %}</td>
<td>{{ c.as_of }}</td>
<td class=""num"">{{ c.maturity }}</td>
<td>{{ c.dr_readiness }}</td>
<td class=""num"">{{ c.high }}</td>
<td class=""num"">{{ c.medium }}</td>
<td class=""num"">{{ c.low }}</td>
<td>{{ c.sources_failed }}</td>
<td>{{ c.change }}</td>
<td>{{ c.pack }}</td>
</tr>
{%- endfor %}
</tbody>
</table>
<h2>Clients by maturity level</h2>
<table id=""maturity"">
<thead><tr><th>Essential Eight maturity level</th><th>Clients</th><th>Which</th></tr></thead>
<tbody>
{%- for l in fleet.levels %}
<tr><td class=""num"">{{ l.level }}</td><td class=""num"">{{ l.count }}</td><td>{{ l.clients }}</td></tr>
{%- endfor %}
</tbody>
</table>
</body>
</html>
";
    }
}
