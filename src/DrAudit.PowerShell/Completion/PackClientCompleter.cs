using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using DrAudit.Core.Fleet;

namespace DrAudit.PowerShell.Completion
{
    /// <summary>Completes -Client with the client folders under the -PackRoot already given (resolved from the session's
    /// location): those holding dated packs.</summary>
    public sealed class PackClientCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var bound = fakeBoundParameters["PackRoot"];
            if (bound is PSObject wrapped) bound = wrapped.BaseObject;
            if (!(bound is string typed) || string.IsNullOrWhiteSpace(typed)) return Enumerable.Empty<CompletionResult>();
            try
            {
                var paths = BoundClientDefinition.CurrentPaths();
                var root = paths == null ? typed : paths.GetUnresolvedProviderPathFromPSPath(typed);
                if (!Directory.Exists(root)) return Enumerable.Empty<CompletionResult>();
                var clients = Directory.GetDirectories(root)
                    .Select(folder => (Name: Path.GetFileName(folder), Packs: PackFolders.Dated(folder).Count))
                    .Where(c => c.Packs > 0)
                    .OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
                    .Select(c => (c.Name, c.Name + ": " + c.Packs + (c.Packs == 1 ? " pack" : " packs")));
                return CompletionValues.Matching(wordToComplete, clients);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is ProviderNotFoundException || e is System.Management.Automation.DriveNotFoundException || e is NotSupportedException)
            {
                return Enumerable.Empty<CompletionResult>();
            }
        }
    }
}
