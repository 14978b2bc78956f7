using System.Collections;
using System.Linq;
using System.Management.Automation;
using DrAudit.Core.Loading.Definition;
using DrAudit.Core.Model.Definition;
using DrAudit.PowerShell.Paths;

namespace DrAudit.PowerShell.Completion
{
    /// <summary>The client definition named by the -Client (or -Path) already typed on the command line, read for a
    /// completer. Null when none is bound, it names no single file, or the file does not load: completion then offers nothing.</summary>
    internal static class BoundClientDefinition
    {
        private static readonly string[] ParameterNames = { "Client", "Path" };

        public static ClientDefinition? Read(IDictionary fakeBoundParameters)
        {
            var value = ParameterNames.Where(fakeBoundParameters.Contains).Select(n => fakeBoundParameters[n]).FirstOrDefault();
            var text = FirstText(value);
            if (string.IsNullOrEmpty(text)) return null;
            var paths = CurrentPaths();
            if (paths == null) return null;
            var files = ProviderPaths.ClientDefinitions(paths, text!, _ => { });
            return files.Count == 1 ? ClientDefinitionLoader.Read(files[0]).Definition : null;
        }

        private static string? FirstText(object? value)
        {
            if (value is PSObject wrapped) value = wrapped.BaseObject;
            if (value is string text) return text;
            if (value is System.IO.FileSystemInfo info) return info.FullName;
            if (value is IEnumerable items) return items.Cast<object?>().Select(FirstText).FirstOrDefault(t => !string.IsNullOrEmpty(t));
            return null;
        }

        /// <summary>The session's path resolution (current location, drives, providers), from the runspace completing.</summary>
        internal static PathIntrinsics? CurrentPaths()
        {
            using var shell = System.Management.Automation.PowerShell.Create(RunspaceMode.CurrentRunspace);
            shell.AddScript("$ExecutionContext.SessionState.Path");
            return shell.Invoke().Select(o => o?.BaseObject).OfType<PathIntrinsics>().FirstOrDefault();
        }
    }
}
