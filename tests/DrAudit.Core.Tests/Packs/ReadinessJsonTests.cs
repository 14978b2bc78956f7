using DrAudit.Core.Model.Result;
using DrAudit.Core.Packs;
using Newtonsoft.Json.Linq;

namespace DrAudit.Core.Tests.Packs
{
    public class ReadinessJsonTests
    {
        private static JObject Json(ReadinessResult result) =>
            JsonText.Parse(ReadinessJson.Serialize(result));

        [Fact]
        public void FieldNamesFollowResultMd()
        {
            var json = Json(PackResults.Scored());

            Assert.Equal("draudit/v1", (string?)json["apiVersion"]);
            Assert.Equal("Readiness", (string?)json["kind"]);
            Assert.Equal("test-client", (string?)json.SelectToken("client.id"));
            Assert.Equal("2026-11-01T00:00:00Z", (string?)json["asOf"]);
            Assert.Equal("2026-11-01T03:12:44Z", (string?)json["generatedAt"]);
            Assert.Equal("9.9.9", (string?)json["toolVersion"]);
            Assert.Equal(JTokenType.Integer, json.SelectToken("essentialEight.maturityLevel")!.Type);
            Assert.Equal("RegularBackups", (string?)json.SelectToken("essentialEight.strategy"));
            Assert.Equal(JTokenType.Array, json.SelectToken("essentialEight.blockingNextLevel")!.Type);
            Assert.Equal("E8-RB-01", (string?)json.SelectToken("essentialEight.controls[0].id"));
            Assert.Equal(1, (int?)json.SelectToken("essentialEight.controls[0].level"));
            Assert.Equal("Effective", (string?)json.SelectToken("essentialEight.controls[0].outcome"));
            Assert.Equal("Fair", (string?)json.SelectToken("essentialEight.controls[0].evidenceQuality"));
            Assert.Equal("payroll", (string?)json.SelectToken("essentialEight.controls[0].services[0].service"));
            Assert.Equal(2, (int?)json.SelectToken("drReadiness.servicesTotal"));
            Assert.NotNull(json.SelectToken("drReadiness.servicesReady"));

            var dr03 = json.SelectToken("drReadiness.controls[?(@.id == 'DR-03')]")!;
            Assert.Equal("Ineffective", (string?)dr03["outcome"]);
            Assert.Equal("DR-03 is Ineffective for Payroll.", (string?)dr03.SelectToken("services[0].statement"));
            Assert.Equal("Ineffective", (string?)dr03.SelectToken("services[0].outcome"));
            var dr07 = json.SelectToken("drReadiness.controls[?(@.id == 'DR-07')]")!;
            Assert.Empty((JArray)dr07["services"]!);
            Assert.Equal("NoVisibility", (string?)dr07["outcome"]);

            var payroll = json.SelectToken("services[?(@.id == 'payroll')]")!;
            Assert.Equal("critical", (string?)payroll["tier"]);
            Assert.Equal("4h", (string?)payroll["rpo"]);
            Assert.Equal("8h", (string?)payroll["rto"]);
            Assert.Equal(JTokenType.Array, payroll["restoreOrder"]!.Type);
            Assert.Equal(JTokenType.Boolean, payroll["restoreOrderDocumented"]!.Type);
            Assert.Equal(JTokenType.Integer, payroll["drControlsEffective"]!.Type);
            Assert.Equal(JTokenType.Integer, payroll["drControlsApplicable"]!.Type);
        }

        [Fact]
        public void FindingsSourcesAndExceptionsUseLowercaseWhereResultMdDoes()
        {
            var json = Json(PackResults.Scored());

            var finding = json.SelectToken("findings[?(@.key == 'DR-03/payroll')]")!;
            Assert.Equal("DR-03", (string?)finding["control"]);
            Assert.Equal("payroll", (string?)finding["service"]);
            Assert.Equal("high", (string?)finding["severity"]);
            Assert.Equal("Ineffective", (string?)finding["outcome"]);
            Assert.NotNull(finding["remediation"]);
            Assert.Equal("main: evidence of DR-03 for payroll", (string?)finding.SelectToken("evidence[0]"));
            var clientFinding = json.SelectToken("findings[?(@.key == 'DR-07')]")!;
            Assert.Null(clientFinding["service"]);

            var failed = json.SelectToken("sources[?(@.id == 'm365')]")!;
            Assert.Equal("failed", (string?)failed["status"]);
            Assert.Equal("The tenant refused the sign-in.", (string?)failed["error"]);
            Assert.Equal("ok", (string?)json.SelectToken("sources[?(@.id == 'main')].status"));

            var exception = json.SelectToken("exceptions[0]")!;
            Assert.Equal("active", (string?)exception["status"]);
            Assert.Equal("E8-RB-11", (string?)exception["control"]);
            Assert.Equal("2027-02-09T00:00:00Z", (string?)exception["expires"]);
        }

        [Fact]
        public void NullsAndInputsAreNeverWritten()
        {
            var result = PackResults.Scored();
            result.Client.Msp = null;
            var text = ReadinessJson.Serialize(result);
            var json = JsonText.Parse(text);

            Assert.Null(json["inputs"]);
            Assert.DoesNotContain("Inputs", text, StringComparison.OrdinalIgnoreCase);
            Assert.Null(json.SelectToken("client.msp"));
            Assert.DoesNotContain(json.Descendants().OfType<JProperty>(), p => p.Value.Type == JTokenType.Null);
            Assert.DoesNotContain(json.Descendants().OfType<JProperty>(), p => char.IsUpper(p.Name[0]));
        }

        [Fact]
        public void TimesAreWrittenInUtcWhateverTheirOffset()
        {
            var result = PackResults.Scored();
            result.GeneratedAt = new DateTimeOffset(2026, 11, 1, 13, 12, 44, TimeSpan.FromHours(10));

            Assert.Equal("2026-11-01T03:12:44Z", (string?)Json(result)["generatedAt"]);
        }

        [Fact]
        public void RoundTripsWithoutLosingAnything()
        {
            var original = PackResults.Scored();
            var text = ReadinessJson.Serialize(original);

            var read = ReadinessJson.Deserialize(text);

            Assert.Equal(text, ReadinessJson.Serialize(read));
            Assert.Equal(original.AsOf, read.AsOf);
            Assert.Equal(Severity.High, read.Findings[0].Severity);
            Assert.Equal(SourceState.Failed, read.Sources.Single(s => s.Id == "m365").Status);
            Assert.Null(read.Inputs);
        }

        [Fact]
        public void RejectsTextThatIsNotAResult()
        {
            Assert.ThrowsAny<Newtonsoft.Json.JsonException>(() => ReadinessJson.Deserialize("{ \"findings\": [ { \"severity\": \"urgent\" } ] }"));
        }
    }
}
