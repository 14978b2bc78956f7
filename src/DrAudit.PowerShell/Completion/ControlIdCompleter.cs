using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using DrAudit.Core.Catalogue;

namespace DrAudit.PowerShell.Completion
{
    /// <summary>Completes control ids (E8-RB-01 ... DR-14) from the control catalogue, each with its title as tooltip.</summary>
    public sealed class ControlIdCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters) =>
            CompletionValues.Matching(wordToComplete, ControlCatalogue.Default.Controls.Select(c => (c.Id, c.Id + ": " + c.Title)));
    }
}
