using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Evaluation.Causes;
using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Evaluation
{
    /// <summary>What a rule concluded for one service (or for the client): the outcome, the sentence a
    /// business owner reads, the evidence records it rests on, and how strong that evidence is.</summary>
    public sealed class Judgement
    {
        public Judgement(Outcome outcome, string? statement, EvidenceQuality? quality, IEnumerable<string>? evidence = null)
        {
            Outcome = outcome;
            Statement = statement;
            Quality = quality;
            Evidence = evidence?.ToList() ?? new List<string>();
        }

        public Outcome Outcome { get; }
        /// <summary>For a non-Effective outcome: one sentence quoting the numbers. For Effective: what was found.
        /// For NotApplicable: the reason.</summary>
        public string? Statement { get; }
        public EvidenceQuality? Quality { get; }
        /// <summary>"source: record" lines, e.g. "veeam-main: job 'SQL01 nightly' last run 2026-10-31 22:00 failed".</summary>
        public List<string> Evidence { get; }
        /// <summary>For a non-Effective outcome: what is at fault (a component, source, repository, service...), in the
        /// order the rule found it. Root causes are built from these (<see cref="Scoring.RootCauseBuilder"/>).</summary>
        public List<CauseReference> Causes { get; } = new List<CauseReference>();

        /// <summary>Adds causes (nulls skipped) and returns this judgement.</summary>
        public Judgement Because(IEnumerable<CauseReference?> causes)
        {
            foreach (var cause in causes)
                if (cause != null && !Named(cause)) Causes.Add(cause);
            return this;
        }

        private bool Named(CauseReference cause)
        {
            foreach (var named in Causes)
                if (named.Key == cause.Key) return true;
            return false;
        }

        public Judgement Because(params CauseReference?[] causes) => Because((IEnumerable<CauseReference?>)causes);

        public static Judgement Effective(string statement, EvidenceQuality? quality, IEnumerable<string>? evidence = null) =>
            new Judgement(Outcome.Effective, statement, quality, evidence);

        public static Judgement Ineffective(string statement, EvidenceQuality? quality, IEnumerable<string>? evidence = null) =>
            new Judgement(Outcome.Ineffective, statement, quality, evidence);

        public static Judgement NoVisibility(string statement, IEnumerable<string>? evidence = null) =>
            new Judgement(Outcome.NoVisibility, statement, null, evidence);

        public static Judgement NotApplicable(string reason) =>
            new Judgement(Outcome.NotApplicable, reason, null);
    }
}
