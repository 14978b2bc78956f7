using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using DrAudit.Core.Packs.Email;
using DrAudit.Core.Packs.Html;

namespace DrAudit.Core.Fleet
{
    /// <summary>The fleet's monthly email digest (<c>summary.html</c> and <c>summary.eml</c> in the fleet summary pack,
    /// written when the run asked for the email format): which clients changed since their previous packs (worse first),
    /// which need attention, and the clients per maturity level, on one screen. The same rules as a client's digest:
    /// inline styles and tables, no link, image, script or attachment; rendered from the overridable fleet-digest.liquid.</summary>
    internal sealed class FleetDigestRenderer : IFleetRenderer
    {
        public const string Template = "fleet-digest.liquid";

        /// <summary>Clients listed in each list; the rest are counted.</summary>
        public const int MaxClientsListed = 10;

        private readonly HtmlReportOptions _options;

        public FleetDigestRenderer(HtmlReportOptions options)
        {
            _options = options ?? throw new ArgumentNullException(nameof(options));
        }

        public IReadOnlyList<string> Render(FleetSummary summary, string directory)
        {
            var html = RenderHtml(summary);
            File.WriteAllText(Path.Combine(directory, EmailPackRenderer.HtmlFile), html, new UTF8Encoding(false));
            var subject = (_options.Branding.MspName is { Length: > 0 } msp ? msp + ": " : "") + "fleet backup and recovery digest, " + Month(summary);
            File.WriteAllBytes(Path.Combine(directory, EmailPackRenderer.MessageFile), EmailMessage.Build(subject, html, summary.GeneratedAt));
            return new[] { EmailPackRenderer.HtmlFile, EmailPackRenderer.MessageFile };
        }

        public string RenderHtml(FleetSummary summary)
        {
            Func<string, string>? filter = _options.RedactHosts ? HostNames.Redact : (Func<string, string>?)null;
            var html = HtmlPackRenderer.RenderTemplate(_options.TemplatePath, Template, "fleet", View(summary), filter);
            EmailPackRenderer.CheckForwardable(html, _options.TemplatePath, Template);
            return html;
        }

        private static string Month(FleetSummary summary) => ReportFormat.Month(summary.AsOf ?? summary.GeneratedAt);

        internal FleetDigestView View(FleetSummary summary)
        {
            var audited = summary.Clients.Where(c => c.Status != FleetClientStatus.Failed).ToList();
            var compared = audited.Where(c => c.PreviousPack != null).ToList();
            var changed = compared
                .Where(c => (c.MaturityChange ?? 0) != 0 || (c.NewRootCauses ?? 0) > 0 || (c.ResolvedRootCauses ?? 0) > 0 || (c.NewFindings ?? 0) > 0 || (c.ResolvedFindings ?? 0) > 0)
                .OrderBy(c => c.MaturityChange ?? 0)
                .ThenByDescending(c => (c.NewRootCauses ?? c.NewFindings ?? 0) - (c.ResolvedRootCauses ?? c.ResolvedFindings ?? 0))
                .ThenBy(c => Name(c), StringComparer.OrdinalIgnoreCase)
                .ToList();
            var attention = summary.Clients.Where(c => c.Status != FleetClientStatus.Audited)
                .OrderByDescending(c => c.Status).ThenBy(c => Name(c), StringComparer.OrdinalIgnoreCase).ToList();
            return new FleetDigestView
            {
                MspName = _options.Branding.MspName ?? "",
                AccentColor = _options.Branding.AccentColor,
                Month = Month(summary),
                Date = ReportFormat.Date(summary.AsOf ?? summary.GeneratedAt),
                ToolVersion = summary.ToolVersion,
                ClientsTotal = summary.ClientsTotal,
                ClientsAudited = summary.ClientsAudited,
                ClientsFailed = summary.ClientsFailed,
                ClientsWithFailedSources = summary.ClientsWithFailedSources,
                ClientsCompared = compared.Count,
                NewRootCauses = compared.Sum(c => c.NewRootCauses ?? 0),
                ResolvedRootCauses = compared.Sum(c => c.ResolvedRootCauses ?? 0),
                Changed = changed.Take(MaxClientsListed).Select(Client).ToList(),
                ChangedMore = Math.Max(0, changed.Count - MaxClientsListed),
                Attention = attention.Take(MaxClientsListed).Select(Client).ToList(),
                AttentionMore = Math.Max(0, attention.Count - MaxClientsListed),
                ClientsPerLevel = Enumerable.Range(0, 4).Select(level => audited.Count(c => c.MaturityLevel == level)).ToList(),
            };
        }

        private static string Name(FleetClientSummary c) => c.ClientName ?? c.ClientId ?? c.Definition;

        private static FleetDigestClientView Client(FleetClientSummary c)
        {
            var change = c.MaturityChange ?? 0;
            var parts = new List<string>();
            var added = c.NewRootCauses ?? c.NewFindings;
            var resolved = c.ResolvedRootCauses ?? c.ResolvedFindings;
            if (added > 0) parts.Add(added + " new");
            if (resolved > 0) parts.Add(resolved + " resolved");
            return new FleetDigestClientView
            {
                Name = Name(c),
                Maturity = c.MaturityLevel == null ? "" : c.PreviousMaturityLevel != null && change != 0
                    ? c.PreviousMaturityLevel + " \u2192 " + c.MaturityLevel : c.MaturityLevel.ToString(),
                Direction = change > 0 ? "up" : change < 0 ? "down" : "same",
                Change = string.Join(", ", parts),
                Problem = c.Status == FleetClientStatus.Failed ? "Not audited" : c.Status == FleetClientStatus.SourceFailed ? "A backup system could not be read" : "",
            };
        }
    }
}
