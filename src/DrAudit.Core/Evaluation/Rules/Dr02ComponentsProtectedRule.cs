using System.Linq;
using DrAudit.Core.Evaluation.Rules.Support;

namespace DrAudit.Core.Evaluation.Rules
{
    /// <summary>DR-02: every component the service needs is protected. A component needing backup with no enabled
    /// matching job is a gap (a disabled job protects nothing); one marked <c>required: false</c> without a
    /// reason is a gap too (the loader normally rejects it).</summary>
    public sealed class Dr02ComponentsProtectedRule : ServiceRule
    {
        public override string ControlId => "DR-02";

        public override Judgement Judge(ServiceContext service)
        {
            var components = service.ComponentsNeedingBackup;
            var unexplained = service.Components.Where(c => !c.NeedsBackup && string.IsNullOrWhiteSpace(c.Backup!.Reason)).ToList();
            if (components.Count == 0 && unexplained.Count == 0)
                return Judgement.NotApplicable($"{service.Name} has no component that needs backup.");

            var verdicts = new ComponentVerdicts(service);
            foreach (var component in components)
                verdicts.Add(CoverageCheck.Verdict(service, component));
            foreach (var component in unexplained)
                verdicts.Add(ComponentVerdict.NotMet(component, $"{component.Name} is excluded from backup without a reason",
                    new[] { $"definition: component '{component.Id}' has backup.required false and no reason" }));
            return verdicts.Judge(
                Ineffective,
                "backup coverage",
                v => $"Every component of {service.Name} that needs backup is protected by an enabled backup job ({ComponentStatements.N(v.Count)} components).");
        }

        private static string Ineffective(ComponentVerdicts verdicts)
        {
            var failing = verdicts.NotMet;
            if (failing.All(v => v.Weight >= CoverageCheck.NoJobWeight))
                return $"{verdicts.Service.Name}: {ComponentStatements.Count(failing.Count, verdicts.Count)} " +
                       $"{ComponentStatements.Verb(failing.Count, "has", "have")} no backup job ({ComponentStatements.Names(failing.Select(v => v.Component))}).";
            return verdicts.FailingStatement(ComponentStatements.Verb(failing.Count, "is", "are") + " not protected");
        }
    }
}
