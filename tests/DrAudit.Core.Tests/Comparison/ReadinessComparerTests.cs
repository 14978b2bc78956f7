using DrAudit.Core.Comparison;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Packs;
using DrAudit.Core.Tests.Packs;
using Newtonsoft.Json.Linq;
using static DrAudit.Core.Tests.Comparison.ComparisonResults;

namespace DrAudit.Core.Tests.Comparison
{
    public sealed class ReadinessComparerTests
    {
        private static readonly DateTimeOffset October = new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);
        private static readonly DateTimeOffset November = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

        /// <summary>October: level 0, DR-03 failing for payroll, E8-RB-05 not visible. November: level 1, DR-03 fixed
        /// for payroll but failing for email, E8-RB-05 still open (now Ineffective), DR-12 for a new service.</summary>
        private static (ReadinessResult Older, ReadinessResult Newer) Pair()
        {
            var older = Result("contoso", October, 0, 1, 2);
            older.EssentialEight.Controls.Add(Control("E8-RB-05", Outcome.NoVisibility));
            older.EssentialEight.Controls.Add(Control("E8-RB-07", Outcome.Effective));
            older.DrReadiness.Controls.Add(Control("DR-03", Outcome.Ineffective, ("payroll", Outcome.Ineffective), ("email", Outcome.Effective)));
            older.Findings.Add(Finding("E8-RB-05", null, Outcome.NoVisibility, Severity.High, "No statement on access."));
            older.Findings.Add(Finding("DR-03", "payroll", Outcome.Ineffective, Severity.High, "Payroll's newest point is 31 hours old."));

            var newer = Result("contoso", November, 1, 2, 3);
            newer.EssentialEight.Controls.Add(Control("E8-RB-05", Outcome.Ineffective));
            newer.EssentialEight.Controls.Add(Control("E8-RB-07", Outcome.Effective));
            newer.DrReadiness.Controls.Add(Control("DR-03", Outcome.Ineffective, ("payroll", Outcome.Effective), ("email", Outcome.Ineffective), ("files", Outcome.Effective)));
            newer.DrReadiness.Controls.Add(Control("DR-12", Outcome.Ineffective, ("files", Outcome.Ineffective)));
            newer.Findings.Add(Finding("E8-RB-05", null, Outcome.Ineffective, Severity.High, "Unprivileged users can read others' backups."));
            newer.Findings.Add(Finding("DR-03", "email", Outcome.Ineffective, Severity.Medium, "Email's newest point is 3 days old."));
            newer.Findings.Add(Finding("DR-12", "files", Outcome.Ineffective, Severity.Low, "Files has no workaround."));
            return (older, newer);
        }

        private static RootCause Cause(string key, Severity severity, params string[] findings) =>
            new RootCause { Key = key, Title = key + " title", Severity = severity, Findings = findings.ToList() };

        [Fact]
        public void Root_causes_are_new_still_open_or_resolved_by_their_key()
        {
            var (older, newer) = Pair();
            older.RootCauses.Add(Cause("access/not-attested", Severity.High, "E8-RB-05"));
            older.RootCauses.Add(Cause("component/db/out-of-date", Severity.High, "DR-03/payroll"));
            newer.RootCauses.Add(Cause("access/unprivilegedCannotAccessOthers/not-met", Severity.High, "E8-RB-05"));
            newer.RootCauses.Add(Cause("component/db/out-of-date", Severity.Medium, "DR-03/email"));
            newer.RootCauses.Add(Cause("finding/DR-12/files", Severity.Low, "DR-12/files"));

            var c = ReadinessComparer.Compare(older, newer);

            Assert.True(c.RootCausesCompared);
            Assert.Equal(new[] { "access/not-attested", "access/unprivilegedCannotAccessOthers/not-met", "component/db/out-of-date", "finding/DR-12/files" },
                c.RootCauses.Select(r => r.Key));
            Assert.Equal(FindingChangeKind.Resolved, c.RootCauses[0].Change);
            Assert.Equal(FindingChangeKind.New, c.RootCauses[1].Change);
            Assert.Equal(FindingChangeKind.StillOpen, c.RootCauses[2].Change);
            Assert.Equal(Severity.Medium, c.RootCauses[2].Severity);
            Assert.Equal((2, 1, 1), (c.NewRootCauses, c.StillOpenRootCauses, c.ResolvedRootCauses));
        }

        [Fact]
        public void A_pack_written_before_root_causes_existed_is_not_compared_by_cause()
        {
            var (older, newer) = Pair();
            newer.RootCauses.Add(Cause("component/db/out-of-date", Severity.Medium, "DR-03/email"));

            var c = ReadinessComparer.Compare(older, newer);

            Assert.False(c.RootCausesCompared);
            Assert.Empty(c.RootCauses);
        }

        [Fact]
        public void Findings_are_new_still_open_or_resolved_by_their_key()
        {
            var (older, newer) = Pair();

            var comparison = ReadinessComparer.Compare(older, newer, "2026-10-01");

            Assert.Equal(new[] { "DR-03/email", "DR-03/payroll", "DR-12/files", "E8-RB-05" }, comparison.Findings.Select(f => f.Key));
            Assert.Equal(new[] { FindingChangeKind.New, FindingChangeKind.Resolved, FindingChangeKind.New, FindingChangeKind.StillOpen },
                comparison.Findings.Select(f => f.Change));
            var resolved = comparison.Findings.Single(f => f.Change == FindingChangeKind.Resolved);
            Assert.Equal(("Payroll's newest point is 31 hours old.", (Outcome?)Outcome.Ineffective, (Outcome?)null), (resolved.Statement, resolved.Before, resolved.After));
            var open = comparison.Findings.Single(f => f.Change == FindingChangeKind.StillOpen);
            Assert.Equal(("Unprivileged users can read others' backups.", (Outcome?)Outcome.NoVisibility, (Outcome?)Outcome.Ineffective), (open.Statement, open.Before, open.After));
            Assert.Equal((2, 1, 1), (comparison.NewCount, comparison.StillOpenCount, comparison.ResolvedCount));
        }

        [Fact]
        public void Control_changes_are_listed_per_control_for_the_client_and_per_service()
        {
            var (older, newer) = Pair();

            var comparison = ReadinessComparer.Compare(older, newer);

            Assert.Equal(new[]
            {
                "E8-RB-05 client NoVisibility -> Ineffective",
                "DR-03 payroll Ineffective -> Effective",
                "DR-03 email Effective -> Ineffective",
                "DR-03 files - -> Effective",
                "DR-12 client - -> Ineffective",
                "DR-12 files - -> Ineffective",
            }, comparison.Controls.Select(c => $"{c.Control} {c.Service ?? "client"} {c.Before?.ToString() ?? "-"} -> {c.After?.ToString() ?? "-"}"));
        }

        [Fact]
        public void Maturity_and_DR_readiness_are_reported_before_and_after()
        {
            var (older, newer) = Pair();

            var comparison = ReadinessComparer.Compare(older, newer, "2026-10-01", "2026-11-01");

            Assert.Equal((0, 1, 1), (comparison.ReferenceMaturityLevel, comparison.DifferenceMaturityLevel, comparison.MaturityChange));
            Assert.Equal((1, 2, 2, 3), (comparison.ReferenceServicesReady, comparison.ReferenceServicesTotal, comparison.DifferenceServicesReady, comparison.DifferenceServicesTotal));
            Assert.Equal((October, November, "2026-10-01", "2026-11-01"), (comparison.ReferenceAsOf, comparison.DifferenceAsOf, comparison.ReferencePack, comparison.DifferencePack));
        }

        [Fact]
        public void Identical_results_have_no_change_and_every_finding_still_open()
        {
            var (_, newer) = Pair();

            var comparison = ReadinessComparer.Compare(newer, newer);

            Assert.Empty(comparison.Controls);
            Assert.All(comparison.Findings, f => Assert.Equal(FindingChangeKind.StillOpen, f.Change));
            Assert.Equal(0, comparison.MaturityChange);
        }

        [Fact]
        public void Results_of_different_clients_cannot_be_compared()
        {
            var error = Assert.Throws<ComparisonException>(() =>
                ReadinessComparer.Compare(Result("contoso", October, 0, 0, 0), Result("fabrikam", November, 0, 0, 0)));

            Assert.Contains("'contoso' and 'fabrikam'", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void The_comparison_is_written_into_readiness_json_as_sinceLastAudit_and_read_back()
        {
            var (older, newer) = Pair();
            newer.SinceLastAudit = ReadinessComparer.Compare(older, newer, "2026-10-01");

            var text = ReadinessJson.Serialize(newer);
            var json = JObject.Parse(text);
            var read = ReadinessJson.Deserialize(json.ToString());

            var since = (JObject)json["sinceLastAudit"]!;
            Assert.Equal("2026-10-01", (string)since["referencePack"]!);
            Assert.Equal(1, (int)since["maturityChange"]!);
            Assert.Equal("New", (string)since["findings"]![0]!["change"]!);
            Assert.Equal("medium", (string)since["findings"]![0]!["severity"]!);
            Assert.Contains("\"referenceAsOf\": \"2026-10-01T00:00:00Z\"", text, StringComparison.Ordinal);
            Assert.Equal(newer.SinceLastAudit.Findings.Select(f => (f.Key, f.Change)), read.SinceLastAudit!.Findings.Select(f => (f.Key, f.Change)));
            Assert.Equal(6, read.SinceLastAudit.Controls.Count);
            Assert.Null(JObject.Parse(ReadinessJson.Serialize(older))["sinceLastAudit"]);
        }

        [Fact]
        public void A_pack_is_read_back_from_its_folder_or_its_readiness_json_and_a_folder_without_one_is_refused()
        {
            using var folder = new TempFolder();
            var (older, _) = Pair();
            var pack = folder.Combine("contoso", "2026-10-01");
            Directory.CreateDirectory(pack);
            File.WriteAllText(Path.Combine(pack, "readiness.json"), ReadinessJson.Serialize(older));
            File.WriteAllText(folder.Combine("not-a-result.json"), "[1, 2]");

            Assert.Equal("contoso", EvidencePackReader.Read(pack).Client.Id);
            Assert.Equal(October, EvidencePackReader.Read(Path.Combine(pack, "readiness.json")).AsOf);
            Assert.Equal("2026-10-01", EvidencePackReader.PackName(pack));
            Assert.Equal("2026-10-01", EvidencePackReader.PackName(Path.Combine(pack, "readiness.json")));
            Assert.Throws<FileNotFoundException>(() => EvidencePackReader.Read(folder.Combine("contoso")));
            Assert.Throws<ComparisonException>(() => EvidencePackReader.Read(folder.Combine("not-a-result.json")));
        }
    }
}
