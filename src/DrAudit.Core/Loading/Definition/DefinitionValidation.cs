using System.Collections.Generic;
using System.Linq;

namespace DrAudit.Core.Loading.Definition
{
    /// <summary>What checking one client definition found: whether it loads, and every problem with its location.
    /// Test-DrClientDefinition writes one per file.</summary>
    public sealed class DefinitionValidation
    {
        public DefinitionValidation(string path, IReadOnlyList<DefinitionProblem> problems)
        {
            Path = path;
            Problems = problems;
            ErrorCount = problems.Count(p => p.Severity == ProblemSeverity.Error);
            WarningCount = problems.Count - ErrorCount;
        }

        /// <summary>The full path of the client definition.</summary>
        public string Path { get; }

        /// <summary>True when the file has no errors (warnings do not stop it loading).</summary>
        public bool IsValid => ErrorCount == 0;

        public int ErrorCount { get; }
        public int WarningCount { get; }

        /// <summary>Every problem, errors and warnings, in the order the loader reported them.</summary>
        public IReadOnlyList<DefinitionProblem> Problems { get; }

        /// <summary>Reads and checks the client definition at <paramref name="path"/> (a missing file is one problem).</summary>
        public static DefinitionValidation Of(string path) => new DefinitionValidation(path, ClientDefinitionLoader.Read(path).Problems);

        public override string ToString() => IsValid
            ? $"{Path}: valid ({WarningCount} warning(s))"
            : $"{Path}: not valid ({ErrorCount} error(s), {WarningCount} warning(s))";
    }
}
