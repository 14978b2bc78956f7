using System;
using System.Collections.Generic;
using DrAudit.Core.Model;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Sources;

namespace DrAudit.Collectors.Veeam
{
    /// <summary>SureBackup runs as restore tests (docs/rules.md: tests the backup system ran itself are Excellent evidence):
    /// scope system, the session's result (Warning is partial), duration from creation to end. A run is attributed to
    /// every service that has a component whose <c>backup.match</c> (for this source) matches a machine the run verified,
    /// listing those components; a run that matches no component gets one record with Service empty, which no service
    /// counts (it stays in the evidence pack's inputs).</summary>
    internal static class SureBackupRestoreTests
    {
        public static List<RestoreTest> Build(IEnumerable<SureBackupRun> runs, ClientDefinition? definition, string sourceId)
        {
            var tests = new List<RestoreTest>();
            var attribution = new ServiceAttribution(definition, sourceId);
            foreach (var run in runs)
            {
                var services = attribution.ServicesFor(run.Objects);
                if (services.Count == 0)
                {
                    tests.Add(Test(run, sourceId, "", new List<string>()));
                    continue;
                }
                foreach (var service in services)
                    tests.Add(Test(run, sourceId, service.Service, service.Components));
            }
            return tests;
        }

        private static RestoreTest Test(SureBackupRun run, string sourceId, string service, List<string> components) => new RestoreTest
        {
            Date = run.Start,
            Service = service,
            Components = components,
            Scope = RestoreScope.System,
            Duration = new Duration(run.End - run.Start),
            Result = run.Result,
            ValidatedBy = "Veeam SureBackup" + (run.JobName == null ? "" : " (" + run.JobName + ")"),
            Validation = run.Objects.Count == 0 ? "SureBackup session; no verified machines listed"
                : "SureBackup verified " + string.Join(", ", run.Objects),
            Evidence = "veeam session " + run.SessionId,
            Origin = sourceId,
            Quality = EvidenceQuality.Excellent,
        };
    }
}
