using System.Text.RegularExpressions;
using DrAudit.Core.Evaluation.Rules;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Inventory;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Tests.Support;

namespace DrAudit.Core.Tests.Evaluation.DataRules
{
    /// <summary>DR-16 against a plain reading of controls.md, on random environments: which workloads are unaccounted
    /// for, and the outcome, must agree with a reference written straight from the contract's words.</summary>
    public class Dr16RandomDifferentialTests
    {
        private static readonly string[] Names = { "SQL01", "sql02", "WEB01", "TEST-A", "test-b", "LOB-DB", "APP01", "FS01", "mail@x.com", "onedrive:mail@x.com" };
        private static readonly string[] Patterns = { "SQL*", "*01", "TEST-*", "*@x.com", "onedrive:*", "LOB-DB", "APP0?", "*" };

        [Fact]
        public void AgreesWithAReferenceReadingOnRandomEnvironments()
        {
            var random = new Random(20261205);
            for (var run = 0; run < 300; run++)
            {
                var s = new Scenario();
                var sources = new[] { "main", "m365" };
                foreach (var source in sources)
                {
                    if (random.Next(4) == 0) continue;
                    s.Source(source).Discovered = Names.Where(_ => random.Next(2) == 0)
                        .Select(n => new DiscoveredWorkload { Object = n, Kind = WorkloadKind.Vm }).ToList();
                    s.Repository("r-" + source, source: source);
                    for (var j = 0; j < random.Next(3); j++)
                        s.Job(source + "-j" + j, "r-" + source, source: source, objects: Names.Where(_ => random.Next(4) == 0).Select(n => random.Next(2) == 0 ? n.ToUpperInvariant() : n).ToArray())
                         .Enabled = random.Next(4) != 0;
                }
                for (var c = 0; c < random.Next(3); c++)
                {
                    var component = s.Component("c" + c, match: false);
                    component.Backup = new BackupSpec { Match = { new BackupMatch { Source = sources[random.Next(2)], Object = Patterns[random.Next(Patterns.Length)] } } };
                }
                for (var a = 0; a < random.Next(3); a++)
                    s.Definition.AccountedFor.Add(new AccountedFor
                    {
                        Source = sources[random.Next(2)], Object = Patterns[random.Next(Patterns.Length)], Reason = "r", AcceptedBy = "x",
                        AcceptedOn = s.DaysAgo(random.Next(-5, 400)),
                    });
                if (random.Next(6) == 0) s.FailSource(sources[random.Next(2)]);

                var expectedUnaccounted = Reference(s, out var expectedOutcome);
                var judgement = new Dr16NothingUnaccountedForRule().Judge(s.Context());

                Assert.Equal(expectedOutcome, judgement.Outcome);
                foreach (var name in expectedUnaccounted) Assert.Contains("'" + name.Object + "' (" + name.Source + ")", judgement.Statement);
                if (expectedOutcome == Outcome.Ineffective)
                    Assert.StartsWith(expectedUnaccounted.Count + (expectedUnaccounted.Count == 1 ? " workload " : " workloads "), judgement.Statement);
            }
        }

        /// <summary>controls.md DR-16, read literally, with docs/rules.md's choices (enabled jobs, names ignoring case,
        /// accountedFor within 365 days, a failed source is NoVisibility when nothing is unaccounted).</summary>
        private static List<(string Source, string Object)> Reference(Scenario s, out Outcome outcome)
        {
            var unaccounted = new List<(string, string)>();
            var enumerated = false;
            var anyFailed = false;
            foreach (var data in s.Sources)
            {
                if (!data.Ok) { anyFailed = true; continue; }
                if (data.Inventory!.Discovered == null) continue;
                enumerated = true;
                foreach (var w in data.Inventory.Discovered)
                {
                    var byJob = data.Inventory.Jobs.Any(j => j.Enabled && j.Objects.Any(o => string.Equals(o, w.Object, StringComparison.OrdinalIgnoreCase)));
                    var byComponent = s.Definition.Components.Any(c => c.Backup != null && c.Backup.Match.Any(m => m.Source == data.Id && Like(w.Object, m.Object)));
                    var byEntry = s.Definition.AccountedFor.Any(e => e.Source == data.Id && Like(w.Object, e.Object) && e.AcceptedOn <= s.AsOf && (s.AsOf - e.AcceptedOn).TotalDays <= 365);
                    if (!byJob && !byComponent && !byEntry) unaccounted.Add((data.Id, w.Object));
                }
            }
            outcome = unaccounted.Count > 0 ? Outcome.Ineffective : !enumerated || anyFailed ? Outcome.NoVisibility : Outcome.Effective;
            return unaccounted;
        }

        private static bool Like(string name, string pattern) =>
            Regex.IsMatch(name, "^" + string.Join(".*", pattern.Split('*').Select(Regex.Escape)) + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }
}
