using AngleSharp.Dom;
using DrAudit.Core.Catalogue;
using DrAudit.Core.Comparison;
using DrAudit.Core.Evaluation;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Packs.Html;
using DrAudit.Core.Tests.Support;

namespace DrAudit.Core.Tests.Packs.Html
{
    /// <summary>The report's "Since the last audit" section: shown right after the executive summary when the result
    /// was compared with an older audit, absent otherwise, and client text in it stays text.</summary>
    public sealed class HtmlSinceLastAuditTests
    {
        private const string HostileStatement = "<img src=x onerror=alert(9)> & \"quoted\" </td></tr></table>";

        /// <summary>Two services; the older audit backed up only payroll's database, the newer one only the docs share.
        /// So payroll's findings are new, docs' are resolved, and both services' backup controls change outcome.</summary>
        private static ReadinessResult Audit(bool payrollBackedUp, bool docsBackedUp)
        {
            var s = new Scenario();
            s.Component("db", Model.Definition.ComponentKind.Database);
            s.Component("share", Model.Definition.ComponentKind.FileShare);
            s.Service("payroll", "critical", "db");
            s.Service("docs", "standard", "share");
            s.Repository("local");
            s.Job("db-job", "local", "400d", objects: "db");
            s.Job("share-job", "local", "400d", objects: "share");
            if (payrollBackedUp) s.Runs("db-job", s.DaysAgo(60), s.DaysAgo(0.5), TimeSpan.FromDays(1));
            if (docsBackedUp) s.Runs("share-job", s.DaysAgo(60), s.DaysAgo(0.5), TimeSpan.FromDays(1));
            var result = ReadinessEvaluator.Evaluate(s.Context(), ControlCatalogue.Default, "0.1.0-test", HtmlReports.GeneratedAt);
            result.Inputs = new AuditInputs(s.Definition, s.Sources);
            return result;
        }

        private static (ReadinessResult Result, ReadinessComparison Comparison, IDocument Html) Compared(string? resolvedStatement = null)
        {
            var older = Audit(payrollBackedUp: true, docsBackedUp: false);
            var newer = Audit(payrollBackedUp: false, docsBackedUp: true);
            if (resolvedStatement != null)
            {
                var newerKeys = newer.Findings.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
                older.Findings.First(f => !newerKeys.Contains(f.Key)).Statement = resolvedStatement;
            }
            newer.SinceLastAudit = ReadinessComparer.Compare(older, newer, "2026-10-01");
            return (newer, newer.SinceLastAudit, HtmlReports.Render(newer));
        }

        private static List<string> Keys(IElement section, string change) =>
            section.QuerySelectorAll("[data-finding-change='" + change + "']").Select(e => e.GetAttribute("data-key")!).OrderBy(k => k, StringComparer.Ordinal).ToList();

        private static List<string> Expected(ReadinessComparison comparison, FindingChangeKind kind) =>
            comparison.Findings.Where(f => f.Change == kind).Select(f => f.Key).OrderBy(k => k, StringComparer.Ordinal).ToList();

        [Fact]
        public void The_section_follows_the_executive_summary_and_lists_exactly_the_new_and_resolved_findings()
        {
            var (_, comparison, html) = Compared();

            var section = html.QuerySelector("section#since-last-audit");
            Assert.NotNull(section);
            Assert.Equal("summary", section!.PreviousElementSibling?.Id);
            Assert.Equal("Since the last audit", section.QuerySelector("h2")!.TextContent);
            Assert.Contains("page", section.ClassList);
            var added = Expected(comparison, FindingChangeKind.New);
            var resolved = Expected(comparison, FindingChangeKind.Resolved);
            Assert.Contains(added, k => k.EndsWith("/payroll", StringComparison.Ordinal));
            Assert.Contains(resolved, k => k.EndsWith("/docs", StringComparison.Ordinal));
            Assert.Equal(added, Keys(section, "new"));
            Assert.Equal(resolved, Keys(section, "resolved"));
            // New findings come before the resolved ones.
            var rows = section.QuerySelectorAll("[data-finding-change]").Select(e => e.GetAttribute("data-finding-change")).ToList();
            Assert.Equal(rows.OrderBy(r => r == "new" ? 0 : 1), rows);
            Assert.Equal(comparison.StillOpenCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
                section.QuerySelector("[data-metric='findings-still-open']")!.TextContent);
            foreach (var change in comparison.Findings.Where(f => f.Change == FindingChangeKind.New))
            {
                var row = section.QuerySelector("[data-finding-change='new'][data-key='" + change.Key + "']")!;
                Assert.Equal(change.Severity.ToString().ToLowerInvariant(), row.GetAttribute("data-severity"));
                Assert.Contains(change.Statement, row.TextContent, StringComparison.Ordinal);
            }
        }

        [Fact]
        public void Every_control_change_is_listed_with_its_before_and_after_outcome()
        {
            var (result, comparison, html) = Compared();

            var rows = html.QuerySelectorAll("section#since-last-audit tr[data-control-change]");
            Assert.Contains(comparison.Controls, c => c.Service == "payroll" && c.Before == Outcome.Effective && c.After == Outcome.Ineffective);
            Assert.Equal(comparison.Controls.Select(c => (c.Control, c.Service ?? "", c.Before?.ToString() ?? "", c.After?.ToString() ?? "")),
                rows.Select(r => (r.GetAttribute("data-control-change")!, r.GetAttribute("data-service")!, r.GetAttribute("data-before")!, r.GetAttribute("data-after")!)));
            foreach (var (change, row) in comparison.Controls.Zip(rows))
            {
                var cells = row.QuerySelectorAll("td");
                Assert.Equal(change.Service == null ? "client" : result.Services.Single(s => s.Id == change.Service).Name, cells[1].TextContent);
                AssertBadge(change.Before, cells[2]);
                AssertBadge(change.After, cells[3]);
            }
        }

        private static void AssertBadge(Outcome? outcome, IElement cell)
        {
            var expected = OutcomeStyles.For(outcome);
            var badge = cell.QuerySelector(".badge")!;
            Assert.Contains(expected.CssClass, badge.ClassList);
            Assert.Equal(expected.Symbol + " " + expected.Label, badge.TextContent);
        }

        [Fact]
        public void Maturity_services_ready_and_the_reference_audit_are_shown()
        {
            var (result, comparison, html) = Compared();

            var section = html.QuerySelector("section#since-last-audit")!;
            string Metric(string name) => section.QuerySelector("[data-metric='" + name + "']")!.TextContent;
            Assert.Equal("2026-10-01", Metric("reference-pack"));
            Assert.Equal("1 Nov 2026", Metric("reference-as-of"));
            Assert.Equal(comparison.ReferenceMaturityLevel + " \u2192 " + comparison.DifferenceMaturityLevel, Metric("maturity-change"));
            Assert.Equal(comparison.ReferenceServicesReady + " of " + comparison.ReferenceServicesTotal + " \u2192 " + comparison.DifferenceServicesReady + " of " + comparison.DifferenceServicesTotal,
                Metric("services-change"));
            Assert.Equal(result.Services.Count, comparison.DifferenceServicesTotal);
            Assert.Equal(SinceLastAuditViews.Change(comparison.DifferenceServicesReady - comparison.ReferenceServicesReady),
                section.QuerySelector("[data-metric='services-change'] + .note")!.TextContent);
        }

        [Theory]
        [InlineData(1, "up 1")]
        [InlineData(-2, "down 2")]
        [InlineData(0, "no change")]
        public void A_change_is_written_as_its_direction_and_size(int delta, string expected)
        {
            Assert.Equal(expected, SinceLastAuditViews.Change(delta));
        }

        [Fact]
        public void Without_a_comparison_there_is_no_such_section()
        {
            var result = Audit(payrollBackedUp: true, docsBackedUp: false);
            var html = HtmlReports.Render(result);

            Assert.Null(html.QuerySelector("#since-last-audit"));
            Assert.Empty(html.QuerySelectorAll("[data-finding-change], [data-control-change]"));
            Assert.DoesNotContain("Since the last audit", html.Body!.TextContent, StringComparison.Ordinal);
            Assert.NotNull(html.QuerySelector("section#summary"));
        }

        [Fact]
        public void A_hostile_statement_in_a_resolved_finding_is_text()
        {
            var (_, comparison, html) = Compared(HostileStatement);

            var resolved = comparison.Findings.Single(f => f.Statement == HostileStatement);
            Assert.Equal(FindingChangeKind.Resolved, resolved.Change);
            var row = html.QuerySelector("section#since-last-audit [data-finding-change='resolved'][data-key='" + resolved.Key + "']");
            Assert.NotNull(row);
            Assert.Contains(HostileStatement, row!.TextContent, StringComparison.Ordinal);
            Assert.Empty(html.QuerySelectorAll("section#since-last-audit img"));
            Assert.Equal(3, row.QuerySelectorAll("td").Length);
            Assert.NotNull(html.QuerySelector("section#since-last-audit table.control-changes"));
        }
    }
}
