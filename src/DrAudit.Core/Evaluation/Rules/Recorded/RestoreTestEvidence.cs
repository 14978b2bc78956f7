using System;
using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Evaluation.Rules.Recorded
{
    /// <summary>Restore tests as evidence: the line that cites one, and the quality of several.</summary>
    public static class RestoreTestEvidence
    {
        /// <summary>"client.yaml: restoreTests[2026-09-12] full-service, 9h30m, success, validated by Dr Priya Shah".</summary>
        public static string Describe(RestoreTest test)
        {
            var parts = new List<string> { RestoreScopes.Name(test.Scope) };
            if (test.Components.Count > 0) parts.Add("components " + string.Join(" ", test.Components));
            parts.Add(test.Duration.HasValue ? test.Duration.Value.ToString() : "no duration");
            parts.Add(ResultName(test.Result));
            if (test.Exercise) parts.Add("exercise");
            if (!string.IsNullOrWhiteSpace(test.ValidatedBy)) parts.Add("validated by " + test.ValidatedBy);
            if (!string.IsNullOrWhiteSpace(test.Evidence)) parts.Add("evidence " + test.Evidence);
            return DefinitionEvidence.Origin(test.Origin) + ": restoreTests[" + EvidenceDates.Date(test.Date) + "] " + string.Join(", ", parts);
        }

        public static string ResultName(RestoreResult result)
        {
            switch (result)
            {
                case RestoreResult.Success: return "success";
                case RestoreResult.Partial: return "partial";
                default: return "failed";
            }
        }

        /// <summary>Ineffective because none of the service's tests qualified; cites the newest five (not years of
        /// nightly system-run tests) and takes the weakest of their qualities, Poor when there are none.</summary>
        public static Judgement NoneQualified(string statement, IReadOnlyList<RestoreTest> tests)
        {
            var cited = tests.Skip(Math.Max(0, tests.Count - 5)).ToList();
            var quality = cited.Count == 0 ? EvidenceQuality.Poor : cited.Min(t => t.Quality);
            return Judgement.Ineffective(statement, quality, cited.Select(Describe));
        }

        /// <summary>The latest of <paramref name="tests"/> (oldest first, as <see cref="ServiceContext.RestoreTests"/> are) that satisfies <paramref name="qualifies"/>.</summary>
        public static RestoreTest? Latest(IReadOnlyList<RestoreTest> tests, Func<RestoreTest, bool> qualifies) =>
            tests.LastOrDefault(qualifies);

        /// <summary>The test DR-04 judges the RTO on: the latest successful application or full-service restore.</summary>
        public static RestoreTest? LatestProofOfRecoveryTime(IReadOnlyList<RestoreTest> tests) =>
            Latest(tests, t => t.Result == RestoreResult.Success && RestoreScopes.ProvesRecoveryTime(t.Scope));
    }
}
