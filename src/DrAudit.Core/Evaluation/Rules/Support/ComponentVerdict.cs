using System;
using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Evaluation.Causes;
using DrAudit.Core.Model.Definition;

namespace DrAudit.Core.Evaluation.Rules.Support
{
    /// <summary>One component's verdict for one control: its state, a clause naming the component that says why
    /// ("LICENCE has no backup job"), how bad it is (to pick the worst component) and the evidence lines.
    /// A judgement quotes the clauses of a few components and keeps at most <see cref="ComponentVerdicts.MaxEvidence"/>
    /// evidence lines, so a verdict may be given the facts it rests on and two functions that word them: they are called
    /// on first use only (<see cref="WordedComponentVerdict{TFacts}"/>). Pass functions that capture nothing (the facts
    /// carry what they need): such a function is made once, not once per component.</summary>
    public class ComponentVerdict
    {
        private string? _detail;
        private IReadOnlyList<string>? _evidence;
        private List<CauseReference>? _causes;

        private protected ComponentVerdict(Component component, ComponentState state, double weight)
        {
            Component = component;
            State = state;
            Weight = weight;
        }

        private ComponentVerdict(Component component, ComponentState state, string detail, double weight, IEnumerable<string>? evidence)
            : this(component, state, weight)
        {
            _detail = detail;
            _evidence = evidence?.ToList() ?? new List<string>();
        }

        public Component Component { get; }
        public ComponentState State { get; }
        /// <summary>A clause that names the component, for statements: "PAYROLL-DB's newest good restore point is 31 hours old".</summary>
        public string Detail => _detail ??= WordDetail();
        /// <summary>Larger is worse; the combiner lists failing components worst first. Met verdicts may use it for
        /// the value an Effective statement quotes (e.g. the age of the newest point).</summary>
        public double Weight { get; }
        /// <summary>"source: record" lines this verdict rests on.</summary>
        public IReadOnlyList<string> Evidence
        {
            get
            {
                if (_evidence == null)
                {
                    var lines = ListEvidence();
                    _evidence = lines as IReadOnlyList<string> ?? lines.ToList();
                }
                return _evidence;
            }
        }
        /// <summary>The verdict's place among those of its service (set by <see cref="ComponentVerdicts.Add"/>): ties of
        /// weight keep it.</summary>
        internal int OrderAdded { get; set; }
        /// <summary>What is at fault for a NotMet or Unknown verdict, when the rule can name it.</summary>
        public IReadOnlyList<CauseReference> Causes => (IReadOnlyList<CauseReference>?)_causes ?? Array.Empty<CauseReference>();

        /// <summary>Words the clause of a verdict made with its facts (the first time it is read).</summary>
        private protected virtual string WordDetail() => throw new InvalidOperationException("The verdict has no words.");

        /// <summary>Lists the evidence lines of a verdict made with its facts (the first time they are read).</summary>
        private protected virtual IEnumerable<string> ListEvidence() => throw new InvalidOperationException("The verdict has no evidence.");

        /// <summary>Adds a cause (null skipped) and returns this verdict.</summary>
        public ComponentVerdict Because(CauseReference? cause)
        {
            if (cause == null) return this;
            _causes ??= new List<CauseReference>(1);
            foreach (var named in _causes)
                if (named.Key == cause.Key) return this;
            _causes.Add(cause);
            return this;
        }

        /// <summary>Adds causes (nulls skipped) and returns this verdict.</summary>
        public ComponentVerdict Because(params CauseReference?[] causes) => Because((IEnumerable<CauseReference?>)causes);

        /// <summary>Adds causes (nulls skipped) and returns this verdict.</summary>
        public ComponentVerdict Because(IEnumerable<CauseReference?> causes)
        {
            foreach (var cause in causes) Because(cause);
            return this;
        }

        public static ComponentVerdict Met(Component component, string detail, IEnumerable<string>? evidence = null, double weight = 0) =>
            new ComponentVerdict(component, ComponentState.Met, detail, weight, evidence);

        /// <summary>A Met verdict worded from <paramref name="facts"/> only when a statement quotes it or a judgement keeps its evidence.</summary>
        public static ComponentVerdict Met<TFacts>(Component component, TFacts facts, Func<TFacts, string> detail,
            Func<TFacts, IEnumerable<string>> evidence, double weight = 0) =>
            new WordedComponentVerdict<TFacts>(component, ComponentState.Met, weight, facts, detail, evidence);

        public static ComponentVerdict NotMet(Component component, string detail, IEnumerable<string>? evidence = null, double weight = 0) =>
            new ComponentVerdict(component, ComponentState.NotMet, detail, weight, evidence);

        /// <summary>A NotMet verdict worded from <paramref name="facts"/> only when a statement quotes it or a judgement keeps its evidence.</summary>
        public static ComponentVerdict NotMet<TFacts>(Component component, TFacts facts, Func<TFacts, string> detail,
            Func<TFacts, IEnumerable<string>> evidence, double weight = 0) =>
            new WordedComponentVerdict<TFacts>(component, ComponentState.NotMet, weight, facts, detail, evidence);

        public static ComponentVerdict Unknown(Component component, string detail, IEnumerable<string>? evidence = null) =>
            new ComponentVerdict(component, ComponentState.Unknown, detail, 0, evidence);

        /// <summary>An Unknown verdict worded from <paramref name="facts"/> only when a statement quotes it or a judgement keeps its evidence.</summary>
        public static ComponentVerdict Unknown<TFacts>(Component component, TFacts facts, Func<TFacts, string> detail,
            Func<TFacts, IEnumerable<string>> evidence) =>
            new WordedComponentVerdict<TFacts>(component, ComponentState.Unknown, 0, facts, detail, evidence);

        /// <summary>The verdict for a component one of whose matched sources could not be read.</summary>
        public static ComponentVerdict Invisible(ServiceContext service, ComponentEvidence evidence)
        {
            var verdict = Unknown(evidence.Component, (audit: service.Audit, evidence),
                static f => f.evidence.Component.Name + " cannot be seen (" + ComponentStatements.SourceFailures(f.audit, f.evidence.FailedSources) + ")",
                static f => ComponentStatements.SourceFailureEvidence(f.audit, f.evidence.FailedSources));
            foreach (var sourceId in evidence.FailedSources) verdict.Because(ComponentCauses.Unreadable(service.Audit, sourceId));
            return verdict;
        }
    }
}
