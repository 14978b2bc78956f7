using System;
using System.Linq;
using DrAudit.Core.Evaluation.Rules.Support;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model;

namespace DrAudit.Core.Evaluation.Rules
{
    /// <summary>DR-03: per component needing backup, the newest good restore point is no older than the service's
    /// RPO at asOf (exactly RPO old is within it).</summary>
    public sealed class Dr03RecoveryPointWithinRpoRule : ComponentRule
    {
        public override string ControlId => "DR-03";

        protected override ComponentVerdict JudgeComponent(ServiceContext service, Component component) =>
            ComponentRecency.Verdict(service, component);

        protected override Judgement Conclude(ServiceContext service, ComponentVerdicts verdicts)
        {
            var rpo = service.Targets.Rpo.ToWords();
            return verdicts.Judge(
                v => Ineffective(v, rpo),
                "recovery points",
                v => $"Every component of {service.Name} has a restore point within {rpo}; the oldest of them ({v.Met[0].Component.Name}) is {HoursInWords(v.Met[0].Weight)} old.");
        }

        private static string Ineffective(ComponentVerdicts verdicts, string rpo)
        {
            var failing = verdicts.NotMet;
            var worst = failing[0];
            var service = verdicts.Service.Name;
            var others = failing.Count == 1 ? "" :
                $" ({ComponentStatements.N(failing.Count)} of {ComponentStatements.N(verdicts.Count)} components are past it: {ComponentStatements.Names(failing.Select(v => v.Component))})";
            if (worst.Weight >= ComponentRecency.NoPointWeight)
                return $"{service} has no good recovery point of {worst.Component.Name}; the business accepts {rpo} of data loss{others}.";
            return $"{ComponentStatements.Possessive(service)} newest recovery point ({worst.Component.Name}) is {HoursInWords(worst.Weight)} old; the business accepts {rpo}{others}.";
        }

        private static string HoursInWords(double hours) => DurationWords.Of(TimeSpan.FromHours(hours));
    }
}
