using System;
using System.Collections.Generic;
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

        private static readonly ComponentState[] StatesWorstFirst = { ComponentState.NotMet, ComponentState.Unknown, ComponentState.Met };

        private readonly List<ComponentVerdict> _all;
        /// <summary>The verdicts of each state, largest weight first (ties in the order added): sorted once after the
        /// last <see cref="Add"/>, as statements read them several times.</summary>
        private List<ComponentVerdict>[]? _ordered;

        public ComponentVerdicts(ServiceContext service)
        {
            Service = service;
            _all = new List<ComponentVerdict>(service.Components.Count);
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
            verdict.OrderAdded = _all.Count;
            _all.Add(verdict);
            _ordered = null;
            return this;
        }

        /// <summary>Set for a control judged on repository facts: attested ones among them make the quality Poor.</summary>
        public bool UsesRepositoryFacts { get; set; }

        /// <summary>The weakest quality among the readable sources of the judged components; Poor when the control uses
        /// repository facts and a repository holding the judged components' points had facts attested rather than reported.</summary>
        public EvidenceQuality Quality
        {
            get
            {
                if (UsesRepositoryFacts)
                    foreach (var verdict in _all)
                        if (Service.EvidenceFor(verdict.Component).HasAttestedPoint) return EvidenceQuality.Poor;
                return ComponentEvidenceQuality.Weakest(Service, _all);
            }
        }

        /// <summary>Evidence lines, failing components first, then unknown, then met; each line once; at most
        /// <see cref="MaxEvidence"/>. Only the verdicts whose lines are kept are asked for them.</summary>
        public List<string> Evidence()
        {
            var lines = new List<string>(MaxEvidence);
            foreach (var state in StatesWorstFirst)
                foreach (var verdict in Ordered(state))
                {
                    var evidence = verdict.Evidence;
                    for (int i = 0; i < evidence.Count; i++)
                    {
                        if (lines.Contains(evidence[i])) continue;
                        lines.Add(evidence[i]);
                        if (lines.Count == MaxEvidence) return lines;
                    }
                }
            return lines;
        }

        /// <summary>The service's judgement. <paramref name="ineffective"/> and <paramref name="effective"/> word the
        /// statement from these verdicts; NoVisibility says which components could not be judged on
        /// <paramref name="topic"/> ("recovery points against the RPO").</summary>
        public Judgement Judge(Func<ComponentVerdicts, string> ineffective, string topic, Func<ComponentVerdicts, string> effective)
        {
            var notMet = NotMet;
            if (notMet.Count > 0) return WithCauses(Judgement.Ineffective(ineffective(this), Quality, Evidence()), notMet);
            var unknown = Unknown;
            if (unknown.Count > 0)
                return WithCauses(Judgement.NoVisibility(
                    $"{Service.Name}: {topic} cannot be confirmed for {ComponentStatements.Count(unknown.Count, Count)}: {ComponentStatements.Details(unknown)}.",
                    Evidence()), unknown);
            return Judgement.Effective(effective(this), Quality, Evidence());
        }

        /// <summary>The default Ineffective wording: "Payroll: 2 of 5 components {headline}: A ...; B ....".</summary>
        public string FailingStatement(string headline)
        {
            var failing = NotMet;
            return $"{Service.Name}: {ComponentStatements.Count(failing.Count, Count)} {headline}: {ComponentStatements.Details(failing)}.";
        }

        /// <summary>The judgement with the causes the verdicts name, in their order.</summary>
        private static Judgement WithCauses(Judgement judgement, IReadOnlyList<ComponentVerdict> verdicts)
        {
            foreach (var verdict in verdicts) judgement.Because(verdict.Causes);
            return judgement;
        }

        private List<ComponentVerdict> Ordered(ComponentState state)
        {
            if (_ordered == null)
            {
                _ordered = new[] { new List<ComponentVerdict>(), new List<ComponentVerdict>(), new List<ComponentVerdict>() };
                foreach (var verdict in _all) _ordered[(int)verdict.State].Add(verdict);
                foreach (var verdicts in _ordered)
                    if (verdicts.Count > 1) verdicts.Sort(ByWeightThenOrderAdded);
            }
            return _ordered[(int)state];
        }

        /// <summary>Largest weight first, equal weights in the order added.</summary>
        private static readonly Comparison<ComponentVerdict> ByWeightThenOrderAdded = (a, b) =>
        {
            var byWeight = b.Weight.CompareTo(a.Weight);
            return byWeight != 0 ? byWeight : a.OrderAdded.CompareTo(b.OrderAdded);
        };
    }
}
