using System.Globalization;
using AngleSharp.Dom;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Loading.Yaml;
using DrAudit.Core.Packs;
using DrAudit.Core.Packs.Html;
using Newtonsoft.Json.Linq;

namespace DrAudit.Core.Tests.Packs.Html
{
    /// <summary>The sample's report shows every service, finding and control with the outcome and the numbers of readiness.json.</summary>
    public sealed class HtmlReportContentTests
    {
        private static readonly Lazy<(ReadinessResult Result, JObject Json, IDocument Html)> Sample = new Lazy<(ReadinessResult, JObject, IDocument)>(() =>
        {
            var result = HtmlReports.Sample();
            return (result, JObject.Parse(ReadinessJson.Serialize(result)), HtmlReports.Render(result));
        });

        private static readonly Lazy<IDocument> InternalSample = new Lazy<IDocument>(() =>
            HtmlReports.Render(Sample.Value.Result, new DrAudit.Core.Packs.Html.HtmlReportOptions { Audience = DrAudit.Core.Packs.Html.ReportAudience.Internal }));

        private static JObject Json => Sample.Value.Json;
        private static IDocument Html => Sample.Value.Html;

        private static string Metric(IParentNode scope, string name) =>
            scope.QuerySelector("[data-metric='" + name + "']")?.TextContent.Trim() ?? throw new Xunit.Sdk.XunitException("no metric " + name);

        /// <summary>The exact value of readiness.json a metric is drawn from, where the text shows it in words.</summary>
        private static string MetricValue(IParentNode scope, string name) =>
            scope.QuerySelector("[data-metric='" + name + "']")?.GetAttribute("data-value") ?? throw new Xunit.Sdk.XunitException("no value of metric " + name);

        [Fact]
        public void HeadlineNumbersEqualReadinessJson()
        {
            Assert.Equal((string)Json["essentialEight"]!["maturityLevel"]!, Metric(Html, "maturity-level"));
            Assert.Equal((string)Json["drReadiness"]!["servicesReady"]!, Metric(Html, "services-ready"));
            Assert.Equal((string)Json["drReadiness"]!["servicesTotal"]!, Metric(Html, "services-total"));
            var findings = (JArray)Json["findings"]!;
            Assert.Equal(findings.Count.ToString(CultureInfo.InvariantCulture), Metric(Html, "findings-total"));
            foreach (var severity in new[] { "high", "medium", "low" })
                Assert.Equal(findings.Count(f => (string)f["severity"]! == severity).ToString(CultureInfo.InvariantCulture), Metric(Html, "findings-" + severity));
        }

        [Fact]
        public void TheReportLeadsWithWhatToFixAndAContentsList()
        {
            var main = Html.QuerySelector("main")!;
            Assert.Equal("what-to-fix", main.Children[0].Id);
            Assert.Equal("contents", main.Children[1].Id);
            Assert.Equal(Sample.Value.Result.RootCauses.Select(c => c.Key), Html.QuerySelectorAll("#what-to-fix li.cause").Select(li => li.GetAttribute("data-cause")));
            var first = Html.QuerySelector("#what-to-fix li.cause")!;
            var cause = Sample.Value.Result.RootCauses[0];
            Assert.Contains(cause.Title, first.TextContent);
            Assert.Contains(cause.Remediation, first.TextContent);
            Assert.Contains(cause.Severity.ToString(), first.QuerySelector(".sev")!.TextContent);
            foreach (var link in Html.QuerySelectorAll("#contents a"))
                Assert.NotNull(Html.GetElementById(link.GetAttribute("href")!.TrimStart('#')));
            Assert.Null(Html.QuerySelector("#incomplete"));
            Assert.Equal("true", Html.Body!.GetAttribute("data-complete"));
        }

        [Fact]
        public void PrintingNeverSplitsATableRowAndRepeatsHeadersAndNoWordBreaksMidWord()
        {
            var css = Html.QuerySelector("style")!.TextContent;
            Assert.Contains("tr { break-inside: avoid; page-break-inside: avoid; }", css);
            Assert.Contains("thead { display: table-header-group; }", css);
            Assert.DoesNotContain("overflow-wrap: anywhere", css);
            Assert.Contains("table.tests { table-layout: fixed; }", css);
            Assert.All(Html.QuerySelectorAll("table.tests tbody tr"), tr => Assert.Contains("nowrap", tr.Children[3].ClassName ?? ""));
        }

        [Fact]
        public void ClientFacingDatesReadAsDates()
        {
            Assert.Equal("1 Nov 2026, 00:00 UTC", Metric(Html, "as-of"));
            Assert.Equal("2026-11-01T00:00:00Z", Html.Body!.GetAttribute("data-as-of"));
        }

        [Fact]
        public void BlockingControlsAreListed()
        {
            var blocking = ((JArray)Json["essentialEight"]!["blockingNextLevel"]!).Select(x => (string)x!).ToList();
            Assert.NotEmpty(blocking);
            Assert.Equal(blocking, Html.QuerySelectorAll("[data-blocking]").Select(e => e.GetAttribute("data-blocking")!).ToList());
        }

        [Fact]
        public void EveryServiceAppearsWithItsReadinessAndTargets()
        {
            var services = (JArray)Json["services"]!;
            var sections = Html.QuerySelectorAll("section[data-service]");
            Assert.Equal(services.Count, sections.Length);
            foreach (var service in services)
            {
                var section = sections.Single(s => s.GetAttribute("data-service") == (string)service["id"]!);
                Assert.Equal((string)service["name"]!, section.QuerySelector("h2")!.TextContent);
                Assert.Equal(((bool)service["ready"]!) ? "true" : "false", section.GetAttribute("data-ready"));
                Assert.Equal((string)service["drControlsEffective"]!, Metric(section, "dr-effective"));
                Assert.Equal((string)service["drControlsApplicable"]!, Metric(section, "dr-applicable"));
                Assert.Equal((string)service["rpo"]!, MetricValue(section, "rpo"));
                Assert.Equal((string)service["rto"]!, MetricValue(section, "rto"));
                Assert.Equal(DrAudit.Core.Packs.Html.ReportFormat.Words((string)service["rpo"]!), Metric(section, "rpo"));
                Assert.Equal(DrAudit.Core.Packs.Html.ReportFormat.Words((string)service["rto"]!), Metric(section, "rto"));
                var order = section.QuerySelectorAll(".restore-order li").Select(li => li.TextContent).ToList();
                Assert.Equal(((JArray)service["restoreOrder"]!).Count, order.Count);
                foreach (var component in (JArray)service["components"]!)
                {
                    var row = section.QuerySelector("tr[data-component='" + (string)component["id"]! + "']")!;
                    Assert.NotNull(row);
                    var age = component["newestGoodPointAgeHours"];
                    if (age == null || age.Type == JTokenType.Null) Assert.Null(row.QuerySelector("[data-metric='age-hours']"));
                    else
                    {
                        Assert.Equal(((double)age).ToString("0.##", CultureInfo.InvariantCulture), MetricValue(row, "age-hours"));
                        Assert.Equal(DrAudit.Core.Packs.Html.ReportFormat.ElapsedHours((double)age), Metric(row, "age-hours"));
                    }
                }
            }
        }

        [Fact]
        public void EveryFindingAppearsWithItsSeverityOutcomeAndStatement()
        {
            var findings = (JArray)Json["findings"]!;
            Assert.Empty(Html.QuerySelectorAll("tbody[data-finding] .evidence"));
            var rows = InternalSample.Value.QuerySelectorAll("tbody[data-finding]");
            Assert.Equal(findings.Count, rows.Length);
            foreach (var finding in findings)
            {
                var row = rows.Single(r => r.GetAttribute("data-finding") == (string)finding["key"]!);
                Assert.Equal((string)finding["severity"]!, row.GetAttribute("data-severity"));
                Assert.Equal((string)finding["outcome"]!, row.GetAttribute("data-outcome"));
                Assert.Contains(DrAudit.Core.Packs.Html.ReportFormat.DatesInText((string)finding["statement"]!), row.TextContent);
                Assert.Contains((string)finding["remediation"]!, row.TextContent);
                foreach (var evidence in (JArray)finding["evidence"]!) Assert.Contains((string)evidence!, row.TextContent);
            }
        }

        [Fact]
        public void EveryControlAppearsInTheMatrixWithItsOutcomes()
        {
            var controls = ((JArray)Json["essentialEight"]!["controls"]!).Concat((JArray)Json["drReadiness"]!["controls"]!).ToList();
            var rows = Html.QuerySelectorAll("table.matrix tr[data-control]");
            Assert.Equal(controls.Count, rows.Length);
            foreach (var control in controls)
            {
                var row = rows.Single(r => r.GetAttribute("data-control") == (string)control["id"]!);
                Assert.Equal((string)control["outcome"]!, row.GetAttribute("data-outcome"));
                var label = Sample.Value.Result.EssentialEight.Controls.Concat(Sample.Value.Result.DrReadiness.Controls).Single(c => c.Id == (string)control["id"]!).Outcome;
                Assert.Contains(DrAudit.Core.Packs.Html.OutcomeStyles.For(label).Label, row.QuerySelector("[data-cell='client']")!.TextContent);
                foreach (var service in (JArray)control["services"]!)
                {
                    var cell = row.QuerySelector("td[data-service='" + (string)service["service"]! + "']")!;
                    Assert.Equal((string)service["outcome"]!, cell.GetAttribute("data-outcome"));
                    // The outcome is written as a symbol (explained by the legend), not colour alone.
                    Assert.Equal(DrAudit.Core.Packs.Html.OutcomeStyles.For(Enum.Parse<Outcome>((string)service["outcome"]!)).Symbol, cell.TextContent.Trim());
                }
            }
        }

        [Fact]
        public void EachServiceListsEveryControlJudgedForIt()
        {
            foreach (var control in Sample.Value.Result.EssentialEight.Controls.Concat(Sample.Value.Result.DrReadiness.Controls))
                foreach (var outcome in control.Services)
                {
                    var row = InternalSample.Value.QuerySelector("section[data-service='" + outcome.Service + "'] table.outcomes tbody[data-control='" + control.Id + "']");
                    Assert.NotNull(row);
                    var clientRow = Html.QuerySelector("section[data-service='" + outcome.Service + "'] table.outcomes tbody[data-control='" + control.Id + "']");
                    var listedForClient = outcome.Outcome != Outcome.Effective && outcome.Outcome != Outcome.NotApplicable;
                    Assert.Equal(listedForClient, clientRow != null);
                    Assert.Equal(outcome.Outcome.ToString(), row!.GetAttribute("data-outcome"));
                    if (outcome.EvidenceQuality != null) Assert.Contains(outcome.EvidenceQuality.Value.ToString(), row.TextContent);
                }
        }

        [Fact]
        public void SourcesExceptionsAndRestoreTestsAreShown()
        {
            foreach (var source in (JArray)Json["sources"]!)
                Assert.Equal((string)source["status"]!, Html.QuerySelector("tr[data-source='" + (string)source["id"]! + "']")!.GetAttribute("data-status"));
            foreach (var exception in (JArray)Json["exceptions"]!)
                Assert.Contains(Html.QuerySelectorAll("tr[data-exception]"), r => r.GetAttribute("data-exception") == (string)exception["control"]! && r.GetAttribute("data-status") == (string)exception["status"]!);
            var tests = Sample.Value.Result.Inputs!.Definition.RestoreTests.Where(t => t.Service == "practice-management" && t.Date <= Sample.Value.Result.AsOf).ToList();
            Assert.NotEmpty(tests);
            Assert.Equal(tests.Count, Html.QuerySelectorAll("section[data-service='practice-management'] table.tests tbody tr").Length);
        }

        [Fact]
        public void RunChartCountsEveryRunInTheWindow()
        {
            var result = Sample.Value.Result;
            var start = result.AsOf - result.Inputs!.Definition.AuditWindow.Value;
            var expected = result.Inputs.Sources.Where(s => s.Ok).SelectMany(s => s.Inventory!.Runs).Count(r => r.Start >= start && r.Start <= result.AsOf);
            Assert.True(expected > 0);
            Assert.Equal(expected.ToString(CultureInfo.InvariantCulture), Metric(Html, "runs-total"));
            Assert.Equal(expected, Html.QuerySelectorAll("[data-chart='runs'] g.day").Sum(g => int.Parse(g.GetAttribute("data-runs")!, CultureInfo.InvariantCulture)));
        }

        [Fact]
        public void TargetChartsHaveARowPerServiceJudgedAgainstItsTarget()
        {
            foreach (var chart in new[] { "rpo", "rto" })
            {
                var rows = Html.QuerySelectorAll("[data-chart='" + chart + "'] g.row");
                Assert.Equal(Sample.Value.Result.Services.Count, rows.Length);
            }
            // Practice management's licence server has no restore point at all: no bar, and the component is named.
            var practice = Html.QuerySelector("[data-chart='rpo'] g.row[data-service='practice-management']")!;
            Assert.Equal("missing", practice.GetAttribute("data-state"));
            Assert.Contains("LIC01 imaging software licence server", practice.TextContent);
            // The file share's least recently backed-up component (FS01, 13 h) is within its 1-day RPO.
            var files = Html.QuerySelector("[data-chart='rpo'] g.row[data-service='file-share']")!;
            Assert.Equal("ok", files.GetAttribute("data-state"));
            Assert.Contains("13 h", files.TextContent);
            Assert.Contains("RPO 24 hours", files.TextContent);
        }

        [Fact]
        public void DurationsAreWrittenForPeopleNeverInTheDefinitionsCompactForm()
        {
            // "4h", "1d", "5h30m" are how an engineer writes a target in client.yaml; the client reads "4 hours", "5 h 30 min".
            var text = Html.Body!.TextContent;
            var compact = System.Text.RegularExpressions.Regex.Matches(text, @"\b\d+(?:\.\d+)?[dhm](?:\d+[hm])*\b").Select(m => m.Value).ToList();
            Assert.True(compact.Count == 0, "compact durations in the report: " + string.Join(", ", compact.Distinct()));
            // Measured times are to the minute, not decimal hours ("12.67 h").
            var decimalHours = System.Text.RegularExpressions.Regex.Matches(text, @"\b\d+\.\d+ h\b").Select(m => m.Value).ToList();
            Assert.True(decimalHours.Count == 0, "decimal hours in the report: " + string.Join(", ", decimalHours.Distinct()));
            var practice = Html.QuerySelector("section[data-service='practice-management']")!;
            Assert.Contains("5 h 30 min", practice.QuerySelector("table.tests")!.TextContent);
            Assert.Equal("4 hours", Metric(practice, "rpo"));
        }

        [Fact]
        public void TheTwoControlCountsOfAServicePageSayWhatTheyCount()
        {
            // "DR controls effective: 9 of 14" above "8 controls are met or do not apply" read as a contradiction:
            // the first also counts DR-07, DR-11 and DR-15 (judged once for the client), the second only the service's rows.
            var practice = Html.QuerySelector("section[data-service='practice-management']")!;
            Assert.Contains("including those judged once for the whole client", practice.QuerySelector(".score")!.TextContent);
            var service = Sample.Value.Result.Services.Single(s => s.Id == "practice-management");
            var rows = Sample.Value.Result.EssentialEight.Controls.Concat(Sample.Value.Result.DrReadiness.Controls).Sum(c => c.Services.Count(o => o.Service == service.Id));
            var met = Sample.Value.Result.EssentialEight.Controls.Concat(Sample.Value.Result.DrReadiness.Controls).Sum(c => c.Services.Count(o => o.Service == service.Id && (o.Outcome == Outcome.Effective || o.Outcome == Outcome.NotApplicable)));
            Assert.Contains("Of the " + rows + " controls judged for this service on its own (Essential Eight and DR readiness), " + met + " are met", practice.TextContent);
        }

        [Fact]
        public void TheSourcesTableNamesEachKindOfSourceInWords()
        {
            var veeam = Html.QuerySelector("table.sources tr[data-source='veeam-main']")!;
            Assert.Contains("The Veeam backup server", veeam.TextContent);
            var m365 = Html.QuerySelector("table.sources tr[data-source='m365-backup']")!;
            Assert.Contains("Microsoft 365 Backup", m365.TextContent);
            Assert.DoesNotContain(m365.QuerySelectorAll("td span.muted"), span => span.TextContent.Trim() == "m365");
        }

        [Fact]
        public void TheClientReadsEachProtectingJobByItsNameAndTheEngineerAlsoByItsSource()
        {
            var row = "section[data-service='practice-management'] tr[data-component='pm-db']";
            Assert.Contains("SQL01 practice database (every 4 hours)", Html.QuerySelector(row)!.TextContent);
            Assert.DoesNotContain("veeam-main:", Html.QuerySelector("section[data-service='practice-management'] table.components")!.TextContent);
            Assert.Contains("veeam-main: SQL01 practice database (every 4 hours)", InternalSample.Value.QuerySelector(row)!.TextContent);
        }

        /// <summary>A kind added to the definition without words here would reach the client as its keyword made a label.</summary>
        [Fact]
        public void EveryComponentKindOfTheDefinitionHasWords()
        {
            Assert.All(KebabCase.AllowedValues<Model.Definition.ComponentKind>(), kind => Assert.True(ComponentKindText.Knows(kind), kind));
        }

        [Fact]
        public void ComponentKindsAreWordsNotDefinitionKeywords()
        {
            var email = Html.QuerySelector("section[data-service='email'] table.components")!.TextContent;
            Assert.Contains("Staff mailboxes (Microsoft 365 mailbox)", email);
            Assert.Contains("Staff OneDrive (OneDrive)", email);
            foreach (var keyword in new[] { "(m365-mailbox)", "(m365-site)", "(m365-onedrive)", "(saas)", "(file-share)", "(licence)" })
                Assert.DoesNotContain(keyword, Html.Body!.TextContent);
        }

        [Fact]
        public void DatesInStatementsReadLikeEveryOtherDateInTheReport()
        {
            // The root cause said "the 20 May 2026 DR exercise" and its findings "the 2026-05-20 tabletop exercise".
            var text = Html.Body!.TextContent;
            var iso = System.Text.RegularExpressions.Regex.Matches(text, @"\b\d{4}-\d{2}-\d{2}\b").Select(m => m.Value).Distinct().ToList();
            Assert.True(iso.Count == 0, "ISO dates in the client's report: " + string.Join(", ", iso));
            Assert.Contains("Action A-2 from the 20 May 2026 tabletop exercise", text);
            Assert.Contains("was due on 1 Aug 2026", text);
            // Keys keep their machine form.
            Assert.NotNull(Html.QuerySelector("li.cause[data-cause='exercise/2026-05-20/A-2/overdue']"));
        }

        [Theory]
        [InlineData("due on 2026-08-01 and", "due on 1 Aug 2026 and")]
        [InlineData("(2026-07-15); the business", "(15 Jul 2026); the business")]
        [InlineData("key exercise/2026-05-20/A-2 stays", "key exercise/2026-05-20/A-2 stays")]
        [InlineData("point at 2026-10-31T07:00Z stays", "point at 2026-10-31T07:00Z stays")]
        [InlineData("pack 2026-09-01.2 stays", "pack 2026-09-01.2 stays")]
        [InlineData("not a day 2026-13-45", "not a day 2026-13-45")]
        public void IsoDaysInTextBecomeReadableDatesAndNothingElseChanges(string text, string expected)
        {
            Assert.Equal(expected, DrAudit.Core.Packs.Html.ReportFormat.DatesInText(text));
        }

        [Theory]
        [InlineData(330, "5 h 30 min")]
        [InlineData(20, "20 min")]
        [InlineData(105, "1 h 45 min")]
        [InlineData(60 * 48, "2 days")]
        [InlineData(60 * 26 + 10, "1 day 2 h")]
        [InlineData(0, "under 1 min")]
        public void ElapsedTimesReadAsPeopleSayThem(int minutes, string expected)
        {
            Assert.Equal(expected, DrAudit.Core.Packs.Html.ReportFormat.Elapsed(TimeSpan.FromMinutes(minutes)));
        }

        [Fact]
        public void RenewalQuestionsCoverEveryControlWithFindings()
        {
            var controls = Sample.Value.Result.Findings.Select(f => f.Control).Distinct().OrderBy(c => c).ToList();
            Assert.Equal(controls, Html.QuerySelectorAll("[data-question]").Select(q => q.GetAttribute("data-question")!).OrderBy(c => c).ToList());
        }

        [Fact]
        public void EveryControlInTheCatalogueHasARenewalQuestionOfItsOwn()
        {
            // A control without one fell back to echoing its title ("What will be done about: Nothing in the environment
            // is unaccounted for?"): a control echo, not a question an account manager can ask.
            var findings = DrAudit.Core.Catalogue.ControlCatalogue.Default.Controls
                .Select(c => new Finding { Control = c.Id, Key = c.Id, Service = null }).ToList();
            var questions = DrAudit.Core.Packs.Html.RenewalQuestions.From(findings, s => s ?? "", id => "TITLE OF " + id)
                .SelectMany(g => g.Questions).ToList();
            Assert.Equal(findings.Count, questions.Count);
            Assert.All(questions, q => Assert.DoesNotContain("TITLE OF", q.Text));
        }
    }
}
