using DrAudit.Core.Evaluation;
using DrAudit.Core.Evaluation.Rules;
using DrAudit.Core.Model;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Inventory;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Tests.Support;

namespace DrAudit.Core.Tests.Evaluation.DataRules
{
    public class DataRuleDiscoveryTests
    {
        private static readonly ServiceRule[] Rules =
        {
            new E8Rb01BackupsPerformedRule(), new E8Rb02BackupsSynchronisedRule(), new E8Rb03BackupsSecureRule(),
            new E8Rb11BackupsImmutableInRetentionRule(), new Dr02ComponentsProtectedRule(), new Dr03RecoveryPointWithinRpoRule(),
            new Dr08CopyOutOfReachRule(), new Dr10BackupJobsHealthyRule(), new Dr14Microsoft365BackedUpRule(),
        };

        [Fact]
        public void Every_data_rule_is_discovered_under_its_control_id()
        {
            foreach (var rule in Rules)
                Assert.IsType(rule.GetType(), ControlRules.All[rule.ControlId]);
        }
    }
}
