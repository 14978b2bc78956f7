using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Tests.Comparison
{
    /// <summary>Hand-built results to compare: only what a comparison reads.</summary>
    public static class ComparisonResults
    {
        public static ReadinessResult Result(string client, DateTimeOffset asOf, int level, int ready, int total) => new ReadinessResult
        {
            Client = new ClientSummary { Id = client, Name = "Client " + client },
            AsOf = asOf,
            EssentialEight = new EssentialEightResult { MaturityLevel = level },
            DrReadiness = new DrReadinessResult { ServicesReady = ready, ServicesTotal = total },
        };

        public static ControlResult Control(string id, Outcome outcome, params (string Service, Outcome Outcome)[] services)
        {
            var control = new ControlResult { Id = id, Outcome = outcome };
            foreach (var (service, serviceOutcome) in services)
                control.Services.Add(new ServiceControlOutcome { Service = service, Outcome = serviceOutcome });
            return control;
        }

        public static Finding Finding(string control, string? service, Outcome outcome, Severity severity, string statement) => new Finding
        {
            Key = service == null ? control : control + "/" + service,
            Control = control,
            Service = service,
            Outcome = outcome,
            Severity = severity,
            Statement = statement,
        };
    }
}
