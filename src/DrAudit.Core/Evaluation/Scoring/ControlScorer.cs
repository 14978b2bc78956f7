using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Catalogue;
using DrAudit.Core.Evaluation.Causes;
using DrAudit.Core.Evaluation.Rules.Recorded;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Evaluation.Scoring
{
    /// <summary>Judges one catalogue control with its rule and applies exceptions. A service rule is judged per
    /// service and the client outcome is the worst of the services'; a client rule is judged once. A control with
    /// no rule in this version is NoVisibility for the client, never a pass.</summary>
    public sealed class ControlScorer
    {
        private readonly AuditContext _audit;
        private readonly ExceptionRegister _exceptions;
        private readonly NotImplementedRegister _notImplemented;
        private readonly IReadOnlyDictionary<string, IControlRule> _rules;

        public ControlScorer(AuditContext audit, ExceptionRegister exceptions, IReadOnlyDictionary<string, IControlRule> rules)
            : this(audit, exceptions, new NotImplementedRegister(audit.Definition.NotImplemented, audit.AsOf), rules)
        {
        }

        public ControlScorer(AuditContext audit, ExceptionRegister exceptions, NotImplementedRegister notImplemented, IReadOnlyDictionary<string, IControlRule> rules)
        {
            _audit = audit;
            _exceptions = exceptions;
            _notImplemented = notImplemented;
            _rules = rules;
        }

        /// <summary>Warnings raised while scoring (a control recorded as not implemented that the evidence shows met).</summary>
        public IReadOnlyList<string> Warnings => _notImplemented.Warnings;

        public ScoredControl Score(ControlDefinition control)
        {
            _rules.TryGetValue(control.Id, out var rule);
            switch (rule)
            {
                case ServiceRule serviceRule:
                    return ScorePerService(control, serviceRule);
                case ClientRule clientRule:
                    var judgement = clientRule.Judge(_audit);
                    return ScoreForClient(control, judgement, CausesOf(judgement, clientRule.CauseOf(_audit)));
                default:
                    return ScoreForClient(control, Judgement.NoVisibility("This version of DrAudit cannot judge " + control.Id + "."), new List<CauseReference>());
            }
        }

        private ScoredControl ScorePerService(ControlDefinition control, ServiceRule rule)
        {
            var result = NewResult(control);
            var causes = new Dictionary<string, IReadOnlyList<CauseReference>>(System.StringComparer.Ordinal);
            foreach (var service in _audit.Services)
            {
                var judgement = rule.Judge(service);
                // The rule's cause is worded only for a judgement that can have one.
                causes[service.Service.Id] = NamesNoCause(judgement) ? System.Array.Empty<CauseReference>() : CausesOf(judgement, rule.CauseOf(service));
                var outcome = _exceptions.Apply(judgement.Outcome, control.Id, service.Service.Id, out var exception);
                outcome = _notImplemented.Apply(outcome, control.Id, service.Service.Id, service.Name, out var notImplemented);
                // The judgement is not kept: its evidence list becomes the result's.
                var evidence = judgement.Evidence;
                if (notImplemented != null) evidence.Add(NotImplementedEvidence(control, notImplemented));
                result.Services.Add(new ServiceControlOutcome
                {
                    Service = service.Service.Id,
                    Outcome = outcome,
                    EvidenceQuality = judgement.Quality,
                    Statement = WithNotImplemented(judgement.Statement, notImplemented),
                    Evidence = evidence,
                    Exception = exception == null ? null : ExceptionRegister.Describe(exception),
                });
            }
            result.Outcome = Outcomes.Worst(result.Services.Select(s => s.Outcome));
            result.EvidenceQuality = Weakest(result.Services.Select(s => s.EvidenceQuality));
            if (result.Services.Count == 0) result.Statement = "The client definition has no services to judge this control for.";
            return new ScoredControl(control, true, result, null, causes);
        }

        /// <summary>Effective and NotApplicable judgements name no cause.</summary>
        private static bool NamesNoCause(Judgement judgement) =>
            judgement.Outcome == Outcome.Effective || judgement.Outcome == Outcome.NotApplicable;

        /// <summary>The judgement's own causes, else the rule's single cause; none for Effective and NotApplicable.</summary>
        private static IReadOnlyList<CauseReference> CausesOf(Judgement judgement, CauseReference? ruleCause)
        {
            if (NamesNoCause(judgement)) return System.Array.Empty<CauseReference>();
            if (judgement.Causes.Count > 0) return judgement.Causes.ToList();
            return ruleCause == null ? System.Array.Empty<CauseReference>() : new List<CauseReference> { ruleCause };
        }

        private ScoredControl ScoreForClient(ControlDefinition control, Judgement judgement, IReadOnlyList<CauseReference> causes)
        {
            var result = NewResult(control);
            result.Outcome = _exceptions.Apply(judgement.Outcome, control.Id, null, out var exception);
            result.Outcome = _notImplemented.Apply(result.Outcome, control.Id, null, "the client", out var notImplemented);
            result.EvidenceQuality = judgement.Quality;
            result.Statement = WithNotImplemented(judgement.Statement, notImplemented);
            result.Evidence = judgement.Evidence.ToList();
            if (notImplemented != null) result.Evidence.Add(NotImplementedEvidence(control, notImplemented));
            string? described = null;
            if (exception != null)
            {
                described = ExceptionRegister.Describe(exception);
                result.Evidence.Add(DefinitionEvidence.Line(_audit, "exception for " + control.Id + " " + described));
            }
            return new ScoredControl(control, false, result, described,
                new Dictionary<string, IReadOnlyList<CauseReference>> { [ScoredControl.ClientScope] = causes });
        }

        /// <summary>The judgement's statement, followed by the client's recorded choice when it made the outcome NotImplemented.</summary>
        private static string? WithNotImplemented(string? statement, NotImplementedEntry? entry)
        {
            if (entry == null) return statement;
            var recorded = "Recorded as not implemented, " + NotImplementedRegister.Describe(entry) + ".";
            return string.IsNullOrWhiteSpace(statement) ? recorded : statement!.Trim() + " " + recorded;
        }

        private string NotImplementedEvidence(ControlDefinition control, NotImplementedEntry entry) =>
            DefinitionEvidence.Line(_audit, "notImplemented " + control.Id + (entry.Service == null ? "" : " for " + entry.Service) + " " + NotImplementedRegister.Describe(entry));

        private static ControlResult NewResult(ControlDefinition control) => new ControlResult
        {
            Id = control.Id,
            Title = control.Title,
            Level = control.Level,
            Ism = control.Ism,
        };

        /// <summary>The weakest of the qualities that are stated; null when none is.</summary>
        private static EvidenceQuality? Weakest(IEnumerable<EvidenceQuality?> qualities)
        {
            EvidenceQuality? weakest = null;
            foreach (var q in qualities)
                if (q.HasValue && (!weakest.HasValue || q.Value < weakest.Value)) weakest = q;
            return weakest;
        }
    }
}
