using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Inventory;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Tests.Scoring;

namespace DrAudit.Core.Tests.Packs
{
    /// <summary>Readiness results to serialise and pack: a scored scenario with findings, an exception, a failed
    /// source and (optionally) its inputs.</summary>
    public static class PackResults
    {
        public const string DefinitionText = "apiVersion: draudit/v1\n# exactly as read, comments and all\nclient: { id: test-client, name: Test Client }\n";

        public static ReadinessResult Scored(bool withInputs = true)
        {
            var h = new ScoringHarness();
            h.Service("payroll");
            h.Service("archive", "standard");
            h.Scenario.Repository("local");
            h.Scenario.Job("nightly", "local", objects: "payroll-db");
            h.Scenario.Run("nightly", h.Scenario.DaysAgo(1));
            h.Scenario.FailSource("m365", "The tenant refused the sign-in.");
            h.Set("DR-03", "payroll", Outcome.Ineffective).Set("E8-RB-11", "archive", Outcome.Ineffective).SetAll("DR-07", Outcome.NoVisibility);
            h.Exception("E8-RB-11", "archive", h.Scenario.DaysAgo(10), h.Scenario.AsOf.AddDays(100));
            h.Scenario.Definition.Text = DefinitionText;
            h.Scenario.Definition.FilePath = "/clients/test-client.yaml";
            var result = h.Evaluate();
            if (withInputs) result.Inputs = new AuditInputs(h.Scenario.Definition, h.Scenario.Sources);
            return result;
        }
    }
}
