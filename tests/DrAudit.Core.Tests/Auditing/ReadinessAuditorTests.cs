using DrAudit.Core.Auditing;
using DrAudit.Core.Loading;
using DrAudit.Core.Loading.Definition;
using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Tests.Auditing
{
    public class ReadinessAuditorTests
    {
        private static readonly DateTimeOffset Now = new DateTimeOffset(2026, 11, 23, 9, 30, 0, TimeSpan.Zero);
        private static readonly DateTimeOffset DefinitionAsOf = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

        private static AuditOptions Options(DateTimeOffset? asOf = null) => new AuditOptions { AsOf = asOf, Clock = () => Now };

        [Fact]
        public void AuditsAFileWithEverySourceAndKeepsTheInputs()
        {
            var host = new RecordingAuditHost();

            var result = ReadinessAuditor.Audit(EngineFixtures.GoodClient, Options(), host, CancellationToken.None);

            Assert.Equal("fabrikam-legal", result.Client.Id);
            Assert.Equal("Northwind IT Services", result.Client.Msp);
            Assert.Equal(DefinitionAsOf, result.AsOf);
            Assert.Equal(Now, result.GeneratedAt);
            Assert.Equal("0.1.0", result.ToolVersion);
            Assert.Equal(new[] { ("onsite", SourceState.Ok), ("cloud", SourceState.Failed) }, result.Sources.Select(s => (s.Id, s.Status)));
            Assert.NotNull(result.Inputs);
            Assert.Equal(EngineFixtures.GoodClient, result.Inputs!.Definition.FilePath);
            Assert.Equal(File.ReadAllText(EngineFixtures.GoodClient), result.Inputs.Definition.Text);
            Assert.Equal(new[] { "onsite", "cloud" }, result.Inputs.Sources.Select(s => s.Id));
            Assert.Equal(2, result.DrReadiness.ServicesTotal);
            Assert.Equal(27, result.EssentialEight.Controls.Count + result.DrReadiness.Controls.Count);
        }

        [Fact]
        public void ReportsProgressPerSourceAndWarnsOfExpiredExceptions()
        {
            var host = new RecordingAuditHost();

            ReadinessAuditor.Audit(EngineFixtures.GoodClient, Options(), host, CancellationToken.None);

            var open = host.Progress.Where(p => !p.Completed).ToList();
            Assert.All(host.Progress, p => Assert.Equal("Collecting backup evidence", p.Activity));
            Assert.Equal(new[] { "source 1 of 2: onsite", "source 2 of 2: cloud" }, open.Select(p => p.Status));
            Assert.True(host.Progress.Last().Completed);
            Assert.Contains(host.Verbose, v => v.Contains("cloud") && v.Contains("failed"));
            Assert.Equal(2, host.Warnings.Count);
            Assert.StartsWith("The audit of fabrikam-legal is incomplete: source 'cloud' (inventory) could not be read: ", host.Warnings[0]);
            var warning = host.Warnings[1];
            Assert.Contains("DR-12", warning);
            Assert.Contains("expired on 2026-06-01", warning);
        }

        [Fact]
        public void AsOfFromOptionsWinsOverTheDefinition()
        {
            var asOf = new DateTimeOffset(2026, 10, 15, 0, 0, 0, TimeSpan.Zero);

            var result = ReadinessAuditor.Audit(EngineFixtures.GoodClient, Options(asOf), new RecordingAuditHost(), CancellationToken.None);

            Assert.Equal(asOf, result.AsOf);
        }

        [Fact]
        public void AsOfIsTheClockWhenNeitherOptionsNorDefinitionSayIt()
        {
            var definition = ClientDefinitionLoader.Load(EngineFixtures.GoodClient);
            definition.AsOf = null;

            var result = ReadinessAuditor.Audit(definition, Options(), new RecordingAuditHost(), CancellationToken.None);

            Assert.Equal(Now, result.AsOf);
            Assert.Equal(Now, result.GeneratedAt);
        }

        [Fact]
        public void CancellationStopsBetweenSources()
        {
            using var cancel = new CancellationTokenSource();
            var host = new RecordingAuditHost { OnProgress = p => cancel.Cancel() };

            Assert.ThrowsAny<OperationCanceledException>(() =>
                ReadinessAuditor.Audit(EngineFixtures.GoodClient, Options(), host, cancel.Token));

            Assert.Single(host.Progress);
            Assert.DoesNotContain(host.Verbose, v => v.Contains("Collecting inventory source cloud"));
        }

        [Fact]
        public void InvalidDefinitionThrowsWithLocatedProblems()
        {
            var e = Assert.Throws<DefinitionException>(() =>
                ReadinessAuditor.Audit(EngineFixtures.InvalidClient, Options(), new RecordingAuditHost(), CancellationToken.None));

            var problem = Assert.Single(e.Problems, p => p.Severity == ProblemSeverity.Error);
            Assert.Equal(10, problem.Line);
            Assert.Contains("colour", problem.Message);
        }
    }
}
