using System.Globalization;
using DrAudit.Core.Comparison;
using DrAudit.Core.Packs;
using Newtonsoft.Json;

namespace DrAudit.Cli
{
    /// <summary><c>draudit compare &lt;older-pack&gt; &lt;newer-pack&gt; [--json]</c>: what changed between two evidence packs of
    /// a client (folders, or their readiness.json files).</summary>
    public static class CompareCommand
    {
        public const string Name = "compare";
        private static readonly string[] Switches = { "--json" };

        public static int Run(IEnumerable<string> args, TextWriter stdout, TextWriter stderr)
        {
            var line = CommandLine.Parse(Name, args, Array.Empty<string>(), Switches);
            if (line.Positionals.Count != 2)
                throw new CliUsageException("'compare' needs two evidence packs: the older one, then the newer one.");
            ReadinessComparison comparison;
            try
            {
                var older = line.Positionals[0];
                var newer = line.Positionals[1];
                comparison = ReadinessComparer.Compare(EvidencePackReader.Read(older), EvidencePackReader.Read(newer),
                    EvidencePackReader.PackName(older), EvidencePackReader.PackName(newer));
            }
            catch (ComparisonException e)
            {
                stderr.WriteLine("draudit: " + e.Message);
                return ExitCodes.BadInput;
            }
            if (line.Has("--json"))
                stdout.WriteLine(JsonConvert.SerializeObject(comparison, ReadinessJson.Settings()));
            else
                Write(comparison, stdout);
            return ExitCodes.Success;
        }

        private static void Write(ReadinessComparison c, TextWriter o)
        {
            o.WriteLine($"{c.ClientName} ({c.ClientId}): {UtcTimestampConverter.ToText(c.ReferenceAsOf)} ({c.ReferencePack}) -> {UtcTimestampConverter.ToText(c.DifferenceAsOf)} ({c.DifferencePack})");
            o.WriteLine(string.Format(CultureInfo.InvariantCulture, "Maturity level: {0} -> {1} ({2:+0;-0;0})", c.ReferenceMaturityLevel, c.DifferenceMaturityLevel, c.MaturityChange));
            o.WriteLine(string.Format(CultureInfo.InvariantCulture, "DR readiness: {0} of {1} -> {2} of {3} services ready",
                c.ReferenceServicesReady, c.ReferenceServicesTotal, c.DifferenceServicesReady, c.DifferenceServicesTotal));
            if (c.RootCausesCompared)
            {
                o.WriteLine(string.Format(CultureInfo.InvariantCulture, "Root causes: {0} new, {1} still open, {2} resolved", c.NewRootCauses, c.StillOpenRootCauses, c.ResolvedRootCauses));
                foreach (var r in c.RootCauses.Where(r => r.Change != FindingChangeKind.StillOpen).OrderBy(r => r.Change).ThenBy(r => r.Key, StringComparer.Ordinal))
                    o.WriteLine(string.Format(CultureInfo.InvariantCulture, "  {0} [{1}] {2}: {3}", r.Change == FindingChangeKind.New ? "new" : "resolved", r.Severity, r.Key, r.Title));
            }
            else o.WriteLine("Root causes: not compared (the older pack was written before root causes existed)");
            o.WriteLine(string.Format(CultureInfo.InvariantCulture, "Findings: {0} new, {1} still open, {2} resolved", c.NewCount, c.StillOpenCount, c.ResolvedCount));
            foreach (var f in c.Findings.OrderBy(f => f.Change).ThenBy(f => f.Key, StringComparer.Ordinal))
                o.WriteLine($"  {Words(f.Change),-10}  {f.Key}  {f.Severity.ToString().ToLowerInvariant()}  {f.Statement}");
            o.WriteLine(c.Controls.Count == 0 ? "Control outcomes: no change" : "Control outcomes changed:");
            foreach (var control in c.Controls)
                o.WriteLine($"  {control.Control} {control.Service ?? "(client)"}: {control.Before?.ToString() ?? "not judged"} -> {control.After?.ToString() ?? "not judged"}");
        }

        private static string Words(FindingChangeKind kind) =>
            kind == FindingChangeKind.New ? "new" : kind == FindingChangeKind.Resolved ? "resolved" : "still open";
    }
}
