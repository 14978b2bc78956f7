using System.Collections.Generic;
using DrAudit.Core.Model.Definition;

namespace DrAudit.Core.Evaluation.Rules.Support
{
    /// <summary>A service rule judged component by component: each judged component gets a verdict, and the
    /// verdicts are combined (<see cref="ComponentVerdicts"/>). No component to judge: NotApplicable.</summary>
    public abstract class ComponentRule : ServiceRule
    {
        public sealed override Judgement Judge(ServiceContext service)
        {
            var verdicts = new ComponentVerdicts(service) { UsesRepositoryFacts = UsesRepositoryFacts };
            foreach (var component in ComponentsJudged(service))
                verdicts.Add(JudgeComponent(service, component));
            return verdicts.Count == 0 ? Judgement.NotApplicable(NothingToJudge(service)) : Conclude(service, verdicts);
        }

        /// <summary>True for a control judged on repository facts (location, encryption, immutability, credentials):
        /// an attested fact among them makes the evidence quality Poor.</summary>
        protected virtual bool UsesRepositoryFacts => false;

        /// <summary>The components this control is about; by default those that need backup.</summary>
        protected virtual IEnumerable<Component> ComponentsJudged(ServiceContext service) => service.ComponentsNeedingBackup;

        /// <summary>The NotApplicable reason when there is no component to judge.</summary>
        protected virtual string NothingToJudge(ServiceContext service) => $"{service.Name} has no component that needs backup.";

        protected abstract ComponentVerdict JudgeComponent(ServiceContext service, Component component);

        /// <summary>Words the service's judgement from the verdicts (usually <see cref="ComponentVerdicts.Judge"/>).</summary>
        protected abstract Judgement Conclude(ServiceContext service, ComponentVerdicts verdicts);
    }
}
