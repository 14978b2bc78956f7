using DrAudit.Core.Loading.Definition;
using DrAudit.Core.RestoreOrder;

namespace DrAudit.Cli
{
    /// <summary><c>draudit restore-order &lt;client.yaml&gt; [--service &lt;id&gt;]</c>: each service's restore order,
    /// documented or derived from dependsOn, with what is wrong with a documented one.</summary>
    public static class RestoreOrderCommand
    {
        public const string Name = "restore-order";
        private static readonly string[] ValueOptions = { "--service" };

        public static int Run(IEnumerable<string> args, TextWriter stdout, TextWriter stderr)
        {
            var line = CommandLine.Parse(Name, args, ValueOptions, Array.Empty<string>());
            var definition = ClientDefinitionLoader.Load(line.Single("a client definition file"));
            var wanted = line.Value("--service");
            var services = definition.Services.Where(s => wanted == null || s.Id == wanted).ToList();
            if (wanted != null && services.Count == 0)
                throw new CliUsageException($"There is no service '{wanted}'. Services: {string.Join(", ", definition.Services.Select(s => s.Id))}.");

            foreach (var service in services)
            {
                var analysis = RestoreOrderResolver.Analyse(definition, service);
                stdout.WriteLine($"{service.Id} ({service.Name}): " +
                    (analysis.Documented ? "documented restore order" : "no restoreOrder documented; derived from dependsOn"));
                foreach (var step in RestoreOrderResolver.Steps(definition, service))
                {
                    var kind = step.Kind.Length == 0 ? "" : $" [{step.Kind}]";
                    var after = step.DependsOn.Count == 0 ? "" : $" after: {string.Join(", ", step.DependsOn)}";
                    stdout.WriteLine($"  {step.Position}. {step.ComponentId} - {step.ComponentName}{kind}{after}");
                }
                foreach (var problem in analysis.Problems) stdout.WriteLine($"  ! {problem}");
                if (analysis.Documented && analysis.Problems.Count > 0)
                    stdout.WriteLine($"  derived order: {string.Join(", ", analysis.DerivedOrder)}");
            }
            return ExitCodes.Success;
        }
    }
}
