using System;
using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Evaluation.Rules.Support
{
    /// <summary>Combines the component verdicts of one service into the service's judgement: any component
    /// proven failing makes it Ineffective; otherwise any component that cannot be judged makes it NoVisibility;
    /// otherwise it is Effective.</summary>
    public sealed class ComponentVerdicts
    {
        /// <summary>At most this many evidence lines per judgement.</summary>
        public const int MaxEvidence = 10;

        private readonly List<ComponentVerdict> _all = new List<ComponentVerdict>();
        /// <summary>The verdicts of each state, largest weight first (ties in the order added): sorted once after the
        /// last <see cref="Add"/>, as statements read them several times.</summary>
        private List<ComponentVerdict>[]? _ordered;

        public ComponentVerdicts(ServiceContext service)
        {
            Service = service;
        }

        public ServiceContext Service { get; }
        public int Count => _all.Count;
        /// <summary>Failing components, worst (largest weight) first, ties in the service's order.</summary>
        public IReadOnlyList<ComponentVerdict> NotMet => Ordered(ComponentState.NotMet);
        public IReadOnlyList<ComponentVerdict> Unknown => Ordered(ComponentState.Unknown);
        /// <summary>Components that meet the requirement, largest weight first.</summary>
        public IReadOnlyList<ComponentVerdict> Met => Ordered(ComponentState.Met);

        public ComponentVerdicts Add(ComponentVerdict verdict)
        {
            _all.Add(verdict);
            _ordered = null;
            return this;
        }

        /// <summary>Set for a control judged on repository facts: attested ones among them make the quality Poor.</summary>
        public bool UsesRepositoryFacts { get; set; }

        /// <summary>The weakest quality among the readable sources of the judged components; Poor when the control uses
        /// repository facts and a repository holding the judged components' points had facts attested rather than reported.</summary>
        public EvidenceQuality Quality =>
            UsesRepositoryFacts && _all.Any(v => Service.EvidenceFor(v.Component).HasAttestedPoint)
                ? EvidenceQuality.Poor
                : ComponentEvidenceQuality.Weakest(Service, _all.Select(v => v.Component));

        /// <summary>Evidence lines, failing components first, then unknown, then met; at most <see cref="MaxEvidence"/>.</summary>
        public List<string> Evidence() =>
            NotMet.Concat(Unknown).Concat(Met).SelectMany(v => v.Evidence).Distinct(StringComparer.Ordinal).Take(MaxEvidence).ToList();

        /// <summary>The service's judgement. <paramref name="ineffective"/> and <paramref name="effective"/> word the
        /// statement from these verdicts; NoVisibility says which components could not be judged on
        /// <paramref name="topic"/> ("recovery points against the RPO").</summary>
        public Judgement Judge(Func<ComponentVerdicts, string> ineffective, string topic, Func<ComponentVerdicts, string> effective)
        {
            if (NotMet.Count > 0) return Judgement.Ineffective(ineffective(this), Quality, Evidence()).Because(NotMet.SelectMany(v => v.Causes));
            var unknown = Unknown;
            if (unknown.Count > 0)
                return Judgement.NoVisibility(
                    $"{Service.Name}: {topic} cannot be confirmed for {ComponentStatements.Count(unknown.Count, Count)}: {ComponentStatements.Details(unknown)}.",
                    Evidence()).Because(unknown.SelectMany(v => v.Causes));
            return Judgement.Effective(effective(this), Quality, Evidence());
        }

        /// <summary>The default Ineffective wording: "Payroll: 2 of 5 components {headline}: A ...; B ....".</summary>
        public string FailingStatement(string headline)
        {
            var failing = NotMet;
            return $"{Service.Name}: {ComponentStatements.Count(failing.Count, Count)} {headline}: {ComponentStatements.Details(failing)}.";
        }

        private List<ComponentVerdict> Ordered(ComponentState state)
        {
            _ordered ??= new[] { ComponentState.NotMet, ComponentState.Unknown, ComponentState.Met }
                .Select(s => _all.Where(v => v.State == s).OrderByDescending(v => v.Weight).ToList())
                .ToArray();
            return _ordered[(int)state];
        }
    }
}
