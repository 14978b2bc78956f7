using System;
using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Catalogue;
using DrAudit.Core.Evaluation.Scoring;
using DrAudit.Core.Model.Result;
using DrAudit.Core.RestoreOrder;

namespace DrAudit.Core.Evaluation
{
    /// <summary>Scores an audit: judges every catalogue control with its rule, applies exceptions, rolls services up
    /// to the client, and computes the Essential Eight maturity level, DR readiness, findings and service readiness
    /// (result.md). The helpers in <c>Evaluation/Scoring</c> do each step.</summary>
    public static class ReadinessEvaluator
    {
        public static ReadinessResult Evaluate(AuditContext audit, ControlCatalogue catalogue, string toolVersion, DateTimeOffset generatedAt) =>
            Evaluate(audit, catalogue, toolVersion, generatedAt, ControlRules.All);

        /// <summary>Scores with the given rules instead of every rule of this assembly (for tests of the scoring itself).</summary>
        internal static ReadinessResult Evaluate(AuditContext audit, ControlCatalogue catalogue, string toolVersion, DateTimeOffset generatedAt,
            IReadOnlyDictionary<string, IControlRule> rules)
        {
            var definition = audit.Definition;
            var exceptions = new ExceptionRegister(definition.Exceptions, audit.AsOf);
            var scorer = new ControlScorer(audit, exceptions, rules);
            var scored = catalogue.Controls.Select(scorer.Score).ToList();
            var essentialEight = scored.Where(c => c.Definition.Family == ControlFamily.EssentialEight).ToList();
            var dr = scored.Where(c => c.Definition.Family == ControlFamily.DrReadiness).ToList();
            var restoreOrders = audit.Services
                .GroupBy(s => s.Service.Id, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First().RestoreOrder, StringComparer.Ordinal);

            var result = new ReadinessResult
            {
                Client = new ClientSummary { Id = definition.Client.Id, Name = definition.Client.Name, Msp = definition.Client.Msp },
                AsOf = audit.AsOf,
                GeneratedAt = generatedAt,
                ToolVersion = toolVersion,
                AuditWindow = audit.AuditWindow.ToString(),
                Sources = audit.Sources.Select(SourceStatusBuilder.Build).ToList(),
                EssentialEight = new EssentialEightResult { Controls = essentialEight.Select(c => c.Result).ToList() },
                Services = audit.Services.Select(s => ServiceReadinessBuilder.Build(s, dr)).ToList(),
                Findings = new FindingWriter(definition, restoreOrders).Write(scored),
                Exceptions = exceptions.Statuses(),
                Discovered = audit.Environment.Workloads.ToList(),
                AttestedFacts = audit.Repositories.Uses.ToList(),
            };
            result.Complete = result.Sources.All(s => s.Status == SourceState.Ok);
            result.RootCauses = RootCauseBuilder.Build(result.Findings, scored, definition);
            result.Warnings.AddRange(audit.Warnings);
            result.Warnings.AddRange(scorer.Warnings);
            MaturityCalculator.Apply(result.EssentialEight);
            result.DrReadiness = new DrReadinessResult
            {
                ServicesReady = result.Services.Count(s => s.Ready),
                ServicesTotal = result.Services.Count,
                Controls = dr.Select(c => c.Result).ToList(),
            };
            return result;
        }
    }
}
