using System.Globalization;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Packs;

namespace DrAudit.Cli
{
    /// <summary>The short summary <c>draudit audit</c> prints: client, maturity level and what blocks the next,
    /// services ready, sources and their status, and the top findings.</summary>
    public static class AuditSummaryWriter
    {
        public const int TopFindings = 5;

        public static void Write(ReadinessResult result, TextWriter output)
        {
            var e8 = result.EssentialEight;
            output.WriteLine($"Client:      {result.Client.Name} ({result.Client.Id})");
            output.WriteLine($"As of:       {UtcTimestampConverter.ToText(result.AsOf)}");
            output.WriteLine($"Essential Eight (Regular backups) maturity level: {Number(e8.MaturityLevel)}");
            if (e8.BlockingNextLevel.Count > 0)
                output.WriteLine($"  Blocking level {Number(e8.MaturityLevel + 1)}: {string.Join(", ", e8.BlockingNextLevel)}");
            output.WriteLine($"DR readiness: {Number(result.DrReadiness.ServicesReady)} of {Number(result.DrReadiness.ServicesTotal)} {Plural(result.DrReadiness.ServicesTotal, "service", "services")} ready");
            if (!result.Complete) output.WriteLine("Audit:       INCOMPLETE (a source could not be read)");
            output.WriteLine("Sources:");
            if (result.Sources.Count == 0) output.WriteLine("  (none)");
            foreach (var source in result.Sources)
                output.WriteLine(source.Status == SourceState.Ok
                    ? $"  {source.Id} ({source.Type}): ok"
                    : $"  {source.Id} ({source.Type}): failed - {source.Error}");
            var counts = string.Join(", ", new[] { Severity.High, Severity.Medium, Severity.Low }
                .Select(s => $"{Number(result.Findings.Count(f => f.Severity == s))} {s}"));
            output.WriteLine($"Root causes: {Number(result.RootCauses.Count)}, explaining {Number(result.Findings.Count)} {Plural(result.Findings.Count, "finding", "findings")} ({counts})");
            foreach (var cause in result.RootCauses.Take(TopFindings))
                output.WriteLine($"  [{cause.Severity}] {cause.Title} ({Number(cause.Findings.Count)} {Plural(cause.Findings.Count, "finding", "findings")}; {cause.Key})");
            if (result.RootCauses.Count > TopFindings)
                output.WriteLine($"  ... and {Number(result.RootCauses.Count - TopFindings)} more in readiness.json");
        }

        private static string Plural(int n, string one, string many) => n == 1 ? one : many;

        private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
    }
}
