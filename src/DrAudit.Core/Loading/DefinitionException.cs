using System;
using System.Collections.Generic;
using System.Linq;

namespace DrAudit.Core.Loading
{
    /// <summary>An input file that cannot be used; carries every problem found (errors first).</summary>
    public sealed class DefinitionException : Exception
    {
        public DefinitionException(IReadOnlyList<DefinitionProblem> problems)
            : base(Describe(problems))
        {
            Problems = problems;
        }

        public IReadOnlyList<DefinitionProblem> Problems { get; }

        private static string Describe(IReadOnlyList<DefinitionProblem> problems)
        {
            var errors = problems.Where(p => p.Severity == ProblemSeverity.Error).ToList();
            var shown = errors.Take(5).Select(p => "  " + p);
            var more = errors.Count > 5 ? $"{Environment.NewLine}  ... and {errors.Count - 5} more" : "";
            var file = errors.Count > 0 ? errors[0].File : "the file";
            return $"{file} has {errors.Count} problem(s):{Environment.NewLine}{string.Join(Environment.NewLine, shown)}{more}";
        }
    }
}
