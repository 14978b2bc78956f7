using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using DrAudit.Core.Sources;

namespace DrAudit.PowerShell.Completion
{
    /// <summary>Completes the ids of the sources Save-DrSourceCapture can capture (live veeam, m365 and vb365 sources) in the
    /// client definition already given to -Client.</summary>
    public sealed class CapturableSourceIdCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var definition = BoundClientDefinition.Read(fakeBoundParameters);
            if (definition == null) return Enumerable.Empty<CompletionResult>();
            var sources = definition.Sources.Where(s => string.IsNullOrEmpty(s.Capture) && SourceCaptureWriter.CapturableTypes.Contains(s.Type));
            return CompletionValues.Matching(wordToComplete, sources.Select(s => (s.Id, s.Id + " (" + s.Type + ")")));
        }
    }
}
