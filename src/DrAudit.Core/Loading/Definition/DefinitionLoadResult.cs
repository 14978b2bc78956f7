using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Model.Definition;

namespace DrAudit.Core.Loading.Definition
{
    /// <summary>The outcome of reading a client definition: the definition when it has no errors, and every problem found.</summary>
    public sealed class DefinitionLoadResult
    {
        public DefinitionLoadResult(ClientDefinition? definition, IReadOnlyList<DefinitionProblem> problems)
        {
            Definition = definition;
            Problems = problems;
        }

        /// <summary>Null when <see cref="HasErrors"/>.</summary>
        public ClientDefinition? Definition { get; }
        public IReadOnlyList<DefinitionProblem> Problems { get; }
        public bool HasErrors => Problems.Any(p => p.Severity == ProblemSeverity.Error);
    }
}
