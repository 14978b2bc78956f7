using DrAudit.Core.Evaluation;
using DrAudit.Core.Evaluation.Rules;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Tests.Support;

namespace DrAudit.Core.Tests.Evaluation.DefinitionRules
{
    public class Dr09RestoreOrderDocumentedRuleTests
    {
        private readonly Scenario _scenario = new Scenario();
        private readonly Service _service;

        /// <summary>fw (network) &lt;- idp (identity) &lt;- db &lt;- app: the app needs the database, which needs sign-in, which needs the firewall.</summary>
        public Dr09RestoreOrderDocumentedRuleTests()
        {
            _scenario.Component("fw", ComponentKind.Network);
            _scenario.Component("idp", ComponentKind.Identity).DependsOn.Add("fw");
            _scenario.Component("db", ComponentKind.Database).DependsOn.Add("idp");
            _scenario.Component("app").DependsOn.Add("db");
            _service = _scenario.Service("payroll", "critical", "app", "db", "idp", "fw");
        }

        private Judgement Judge() => new Dr09RestoreOrderDocumentedRule().Judge(_scenario.ServiceContext("payroll"));

        [Fact]
        public void Documented_order_consistent_with_dependencies_is_effective()
        {
            _service.RestoreOrder = new List<string> { "fw", "idp", "db", "app" };
            var judgement = Judge();
            Assert.Equal(Outcome.Effective, judgement.Outcome);
            Assert.Equal(EvidenceQuality.Poor, judgement.Quality);
            Assert.Equal("Payroll's documented restore order (FW, IDP, DB, APP) respects every dependency.", judgement.Statement);
            Assert.Equal("client.yaml: services[payroll].restoreOrder: fw, idp, db, app", judgement.Evidence[0]);
            Assert.Contains("client.yaml: components[app].dependsOn: db", judgement.Evidence);
        }

        [Fact]
        public void Missing_restore_order_is_ineffective_and_reports_the_derived_order()
        {
            var judgement = Judge();
            Assert.Equal(Outcome.Ineffective, judgement.Outcome);
            Assert.Equal("Payroll's restore order is not documented; from its dependencies it would be FW, IDP, DB, APP.", judgement.Statement);
            Assert.Equal("client.yaml: services[payroll].restoreOrder is not stated; derived from dependsOn: fw, idp, db, app", judgement.Evidence[0]);
        }

        [Fact]
        public void Component_before_one_it_depends_on_is_ineffective()
        {
            _service.RestoreOrder = new List<string> { "fw", "idp", "app", "db" };
            var judgement = Judge();
            Assert.Equal(Outcome.Ineffective, judgement.Outcome);
            Assert.StartsWith("Payroll's documented restore order is inconsistent: ", judgement.Statement);
            Assert.Contains("app", judgement.Statement);
        }

        [Fact]
        public void Transitive_dependency_is_enforced()
        {
            _service.RestoreOrder = new List<string> { "idp", "db", "app", "fw" };
            Assert.Equal(Outcome.Ineffective, Judge().Outcome);
        }

        [Fact]
        public void Dependency_through_a_component_outside_the_service_is_enforced()
        {
            _scenario.Component("dns", ComponentKind.Network).DependsOn.Add("fw");
            _scenario.Definition.Components.Single(c => c.Id == "idp").DependsOn = new List<string> { "dns" };
            _service.RestoreOrder = new List<string> { "idp", "fw", "db", "app" };
            Assert.Equal(Outcome.Ineffective, Judge().Outcome);
        }

        [Fact]
        public void Order_missing_a_component_is_ineffective()
        {
            _service.RestoreOrder = new List<string> { "fw", "idp", "db" };
            Assert.Equal(Outcome.Ineffective, Judge().Outcome);
        }

        [Fact]
        public void Order_repeating_a_component_is_ineffective()
        {
            _service.RestoreOrder = new List<string> { "fw", "idp", "db", "app", "app" };
            Assert.Equal(Outcome.Ineffective, Judge().Outcome);
        }

        [Fact]
        public void Dependency_cycle_is_ineffective()
        {
            _scenario.Definition.Components.Single(c => c.Id == "fw").DependsOn.Add("app");
            _service.RestoreOrder = new List<string> { "fw", "idp", "db", "app" };
            var judgement = Judge();
            Assert.Equal(Outcome.Ineffective, judgement.Outcome);
            Assert.Contains("cycle", judgement.Statement);
        }

        [Fact]
        public void Service_without_an_identity_component_gets_the_identity_note()
        {
            _scenario.Component("files");
            var files = _scenario.Service("files", "standard", "files");
            var judgement = new Dr09RestoreOrderDocumentedRule().Judge(_scenario.ServiceContext("files"));
            Assert.Equal(Outcome.Ineffective, judgement.Outcome);
            Assert.EndsWith("; it lists no identity component (such as Entra ID or Active Directory), which is likely an undocumented dependency.", judgement.Statement);

            files.RestoreOrder = new List<string> { "files" };
            var documented = new Dr09RestoreOrderDocumentedRule().Judge(_scenario.ServiceContext("files"));
            Assert.Equal(Outcome.Effective, documented.Outcome);
            Assert.Contains("no identity component", documented.Statement);
        }

        [Fact]
        public void Service_with_an_identity_component_gets_no_note()
        {
            Assert.DoesNotContain("identity component", Judge().Statement);
        }
    }
}
