using DrAudit.Core.Catalogue;

namespace DrAudit.Cli
{
    /// <summary><c>draudit controls</c>: the control catalogue, one control a line.</summary>
    public static class ControlsCommand
    {
        public const string Name = "controls";

        public static int Run(IEnumerable<string> args, TextWriter stdout, TextWriter stderr)
        {
            var line = CommandLine.Parse(Name, args, Array.Empty<string>(), Array.Empty<string>());
            if (line.Positionals.Count > 0) throw new CliUsageException($"'controls' takes no arguments: {string.Join(" ", line.Positionals)}.");
            foreach (var control in ControlCatalogue.Default.Controls)
            {
                var level = control.Level.HasValue ? "L" + control.Level.Value : "--";
                var scope = control.Scope == ControlScope.Service ? "service" : "client ";
                stdout.WriteLine($"{control.Id,-9} {level,-3} {scope} {control.Title}{(control.Ism == null ? "" : " (" + control.Ism + ")")}");
            }
            return ExitCodes.Success;
        }
    }
}
