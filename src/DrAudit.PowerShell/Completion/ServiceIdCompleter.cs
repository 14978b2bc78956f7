using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace DrAudit.PowerShell.Completion
{
    /// <summary>Completes the service ids of the client definition already given to -Client.</summary>
    public sealed class ServiceIdCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var definition = BoundClientDefinition.Read(fakeBoundParameters);
            if (definition == null) return Enumerable.Empty<CompletionResult>();
            return CompletionValues.Matching(wordToComplete, definition.Services.Select(s => (s.Id, s.Id + ": " + s.Name)));
        }
    }
}
