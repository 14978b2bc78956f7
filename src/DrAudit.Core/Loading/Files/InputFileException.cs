using System;

namespace DrAudit.Core.Loading.Files
{
    /// <summary>An input file that was not read: missing, not a regular file, too large, or not UTF-8. Carries the located problem.</summary>
    public sealed class InputFileException : Exception
    {
        public InputFileException(DefinitionProblem problem) : base(problem.ToString())
        {
            Problem = problem;
        }

        public DefinitionProblem Problem { get; }
    }
}
