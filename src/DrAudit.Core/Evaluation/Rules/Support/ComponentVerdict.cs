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
    /// evidence lines, so a verdict may be given its words as functions: they are called on first use only.</summary>
    public sealed class ComponentVerdict
    {
        private string? _detail;
        private Func<string>? _wordDetail;
        private IReadOnlyList<string>? _evidence;
        private Func<IEnumerable<string>>? _listEvidence;
        private List<CauseReference>? _causes;

        private ComponentVerdict(Component component, ComponentState state, double weight)
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

        private ComponentVerdict(Component component, ComponentState state, Func<string> detail, double weight, Func<IEnumerable<string>> evidence)
            : this(component, state, weight)
        {
            _wordDetail = detail;
            _listEvidence = evidence;
        }

        public Component Component { get; }
        public ComponentState State { get; }
        /// <summary>A clause that names the component, for statements: "PAYROLL-DB's newest good restore point is 31 hours old".</summary>
        public string Detail
        {
            get
            {
                if (_detail == null)
                {
                    _detail = _wordDetail!();
                    _wordDetail = null;
                }
                return _detail;
            }
        }
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
                    var lines = _listEvidence!();
                    _evidence = lines as IReadOnlyList<string> ?? lines.ToList();
                    _listEvidence = null;
                }
                return _evidence;
            }
        }
        /// <summary>The verdict's place among those of its service (set by <see cref="ComponentVerdicts.Add"/>): ties of
        /// weight keep it.</summary>
        internal int OrderAdded { get; set; }
        /// <summary>What is at fault for a NotMet or Unknown verdict, when the rule can name it.</summary>
        public IReadOnlyList<CauseReference> Causes => (IReadOnlyList<CauseReference>?)_causes ?? Array.Empty<CauseReference>();

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

        /// <summary>A Met verdict worded only when a statement quotes it or a judgement keeps its evidence.</summary>
        public static ComponentVerdict Met(Component component, Func<string> detail, Func<IEnumerable<string>> evidence, double weight = 0) =>
            new ComponentVerdict(component, ComponentState.Met, detail, weight, evidence);

        public static ComponentVerdict NotMet(Component component, string detail, IEnumerable<string>? evidence = null, double weight = 0) =>
            new ComponentVerdict(component, ComponentState.NotMet, detail, weight, evidence);

        /// <summary>A NotMet verdict worded only when a statement quotes it or a judgement keeps its evidence.</summary>
        public static ComponentVerdict NotMet(Component component, Func<string> detail, Func<IEnumerable<string>> evidence, double weight = 0) =>
            new ComponentVerdict(component, ComponentState.NotMet, detail, weight, evidence);

        public static ComponentVerdict Unknown(Component component, string detail, IEnumerable<string>? evidence = null) =>
            new ComponentVerdict(component, ComponentState.Unknown, detail, 0, evidence);

        /// <summary>An Unknown verdict worded only when a statement quotes it or a judgement keeps its evidence.</summary>
        public static ComponentVerdict Unknown(Component component, Func<string> detail, Func<IEnumerable<string>> evidence) =>
            new ComponentVerdict(component, ComponentState.Unknown, detail, 0, evidence);

        /// <summary>The verdict for a component one of whose matched sources could not be read.</summary>
        public static ComponentVerdict Invisible(ServiceContext service, ComponentEvidence evidence)
        {
            var verdict = Unknown(evidence.Component,
                () => evidence.Component.Name + " cannot be seen (" + ComponentStatements.SourceFailures(service.Audit, evidence.FailedSources) + ")",
                () => ComponentStatements.SourceFailureEvidence(service.Audit, evidence.FailedSources));
            foreach (var sourceId in evidence.FailedSources) verdict.Because(ComponentCauses.Unreadable(service.Audit, sourceId));
            return verdict;
        }
    }
}
