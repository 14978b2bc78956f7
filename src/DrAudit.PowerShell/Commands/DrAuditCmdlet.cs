using System.IO;
using System.Management.Automation;

namespace DrAudit.PowerShell.Commands
{
    /// <summary>What every DrAudit cmdlet shares: paths are resolved against the PowerShell location, not the process's.</summary>
    public abstract class DrAuditCmdlet : PSCmdlet
    {
        /// <summary>The full file-system path for <paramref name="path"/>, relative to the current PowerShell location.</summary>
        protected string ResolvePath(string path) => SessionState.Path.GetUnresolvedProviderPathFromPSPath(path);

        /// <summary>Resolves a client definition path; writes DrAudit.ClientDefinitionNotFound and returns null when there is no such file.</summary>
        protected string? ResolveExistingFile(string path)
        {
            var full = ResolvePath(path);
            if (File.Exists(full)) return full;
            WriteError(DrAuditErrors.ClientDefinitionNotFound(full));
            return null;
        }
    }
}
