using DrAudit.Core.Loading;
using DrAudit.Core.Loading.Definition;

namespace DrAudit.Cli
{
    /// <summary><c>draudit validate &lt;client.yaml&gt;</c>: every problem as file:line:col: message (errors first,
    /// then warnings prefixed "warning: "), then a one-line verdict. Exit 0 when the file has no errors.</summary>
    public static class ValidateCommand
    {
        public const string Name = "validate";

        public static int Run(IEnumerable<string> args, TextWriter stdout, TextWriter stderr)
        {
            var line = CommandLine.Parse(Name, args, Array.Empty<string>(), Array.Empty<string>());
            var path = line.Single("a client definition file");
            var read = ClientDefinitionLoader.Read(path);
            var errors = read.Problems.Where(p => p.Severity == ProblemSeverity.Error).ToList();
            var warnings = read.Problems.Where(p => p.Severity == ProblemSeverity.Warning).ToList();
            foreach (var problem in errors) stdout.WriteLine(problem.ToString());
            foreach (var problem in warnings) stdout.WriteLine("warning: " + problem);
            if (read.HasErrors || read.Definition == null)
            {
                stdout.WriteLine($"{path}: not valid ({errors.Count} error(s), {warnings.Count} warning(s))");
                return ExitCodes.BadInput;
            }
            var d = read.Definition;
            stdout.WriteLine($"{path}: valid ({d.Services.Count} service(s), {d.Components.Count} component(s), {d.Sources.Count} source(s), {warnings.Count} warning(s))");
            return ExitCodes.Success;
        }
    }
}
