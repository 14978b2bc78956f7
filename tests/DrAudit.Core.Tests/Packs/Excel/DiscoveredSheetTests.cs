using DrAudit.Core.Catalogue;
using DrAudit.Core.Evaluation;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Inventory;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Tests.Packs.Html;

namespace DrAudit.Core.Tests.Packs.Excel
{
    /// <summary>v1.1 in the workbook and the report: every discovered workload, protected or not, and by what; every
    /// attested fact and who attested it.</summary>
    public sealed class DiscoveredSheetTests : IDisposable
    {
        private readonly RenderedWorkbook _book;
        private readonly ReadinessResult _result;

        public DiscoveredSheetTests()
        {
            var s = ExcelScenario.Build();
            s.Source("main").Discovered = new List<DiscoveredWorkload>
            {
                new DiscoveredWorkload { Object = "payroll-db", Kind = WorkloadKind.Database, Platform = "SQL cluster" },
                new DiscoveredWorkload { Object = ExcelScenario.InjectionJob, Kind = WorkloadKind.Vm },
                new DiscoveredWorkload { Object = "TEST-1", Kind = WorkloadKind.FileShare },
            };
            s.Definition.AccountedFor.Add(new AccountedFor { Source = "main", Object = "TEST-*", Reason = ExcelScenario.AtName, AcceptedBy = "Dr Priya Shah", AcceptedOn = s.DaysAgo(10) });
            s.Definition.Sources.Single(x => x.Id == "main").Repositories.Add(new RepositoryAttestation
            {
                Match = "local", Immutable = true, AttestedBy = ExcelScenario.PlusName, AttestedOn = s.DaysAgo(20),
            });
            _result = ReadinessEvaluator.Evaluate(s.Context(), ControlCatalogue.Default, "0.1.0-test", ExcelScenario.GeneratedAt);
            _result.Inputs = new AuditInputs(s.Definition, s.Sources);
            _book = RenderedWorkbook.Of(_result);
        }

        public void Dispose() => _book.Dispose();

        [Fact]
        public void EveryDiscoveredWorkloadIsARowSayingWhatAccountsForIt()
        {
            var rows = _book.Rows("Discovered").ToDictionary(r => r["Workload"].GetString());

            Assert.Equal(3, rows.Count);
            Assert.Equal("protected", rows["payroll-db"]["Status"].GetString());
            Assert.Equal(ExcelScenario.InjectionJob + ", copy", rows["payroll-db"]["Backed up by (jobs)"].GetString());
            Assert.Equal("payroll", rows["payroll-db"]["Services"].GetString());
            Assert.Equal("database", rows["payroll-db"]["Kind"].GetString());
            Assert.Equal("unaccounted for", rows[ExcelScenario.InjectionJob]["Status"].GetString());
            Assert.False(rows[ExcelScenario.InjectionJob]["Workload"].HasFormula);
            Assert.Equal("accounted for", rows["TEST-1"]["Status"].GetString());
            Assert.Equal(ExcelScenario.AtName, rows["TEST-1"]["Accounted for: reason"].GetString());
            Assert.Equal("Dr Priya Shah", rows["TEST-1"]["Accepted by"].GetString());
            Assert.Equal("file-share", rows["TEST-1"]["Kind"].GetString());
        }

        [Fact]
        public void AttestedFactsSaySourceValueWhoAndWhatBecameOfThem()
        {
            var row = Assert.Single(_book.Rows("Attested facts"));

            Assert.Equal(("main", "local", "immutable", "true", "false"),
                (row["Source"].GetString(), row["Repository"].GetString(), row["Fact"].GetString(), row["Attested value"].GetString(), row["Source reports"].GetString()));
            Assert.Equal(ExcelScenario.PlusName, row["Attested by"].GetString());
            Assert.False(row["Attested by"].HasFormula);
            Assert.Equal(AttestedFactUse.Contradicted, row["Status"].GetString());
        }

        [Fact]
        public void TheReportShowsTheEnvironmentAttestedFactsAndWarnings()
        {
            var html = HtmlReports.Render(_result);

            var section = html.QuerySelector("#environment")!;
            Assert.Equal("1", section.QuerySelector("[data-metric=discovered-unaccounted]")!.TextContent);
            var unaccounted = section.QuerySelector("tr[data-status=unaccounted]")!;
            Assert.Contains(ExcelScenario.InjectionJob, unaccounted.TextContent);
            Assert.Contains("Dr Priya Shah", section.QuerySelector("tr[data-status=accountedFor]")!.TextContent);
            var fact = section.QuerySelector("#attested-facts tr[data-fact=immutable]")!;
            Assert.Contains(ExcelScenario.PlusName, fact.TextContent);
            // In words, not the definition's key and value.
            Assert.Contains("Immutable (cannot be changed or deleted before its retention ends): yes", fact.TextContent);
            Assert.Contains("the backup system reports: no", fact.TextContent);
            Assert.Contains("contradicted by the backup system", fact.TextContent);
            Assert.DoesNotContain("immutable = true", fact.TextContent);
            Assert.Contains(section.QuerySelectorAll(".warnings li"), li => li.TextContent.Contains("immutable = false"));
        }

        [Fact]
        public void WithNothingDiscoveredOrAttestedTheReportSaysNothingEnumeratedOnlyWhenThereIsAWarning()
        {
            var html = HtmlReports.Render(ExcelScenario.Result());
            Assert.Null(html.QuerySelector("#environment"));
        }
    }
}
