using System;
using System.Collections.Generic;
using System.Linq;

namespace DrAudit.Core.Loading.Yaml
{
    /// <summary>Collects the problems found while reading one input and the files it refers to; sorted by file, line and column.</summary>
    public sealed class ProblemCollector
    {
        private readonly List<DefinitionProblem> _problems = new List<DefinitionProblem>();
        private readonly Dictionary<string, int> _fileOrder = new Dictionary<string, int>(StringComparer.Ordinal);

        /// <param name="mainFile">The file whose problems are listed first.</param>
        public ProblemCollector(string mainFile)
        {
            _fileOrder[mainFile] = 0;
        }

        public bool HasErrors => _problems.Any(p => p.Severity == ProblemSeverity.Error);

        public void Add(DefinitionProblem problem)
        {
            if (!_fileOrder.ContainsKey(problem.File)) _fileOrder[problem.File] = _fileOrder.Count;
            _problems.Add(problem);
        }

        /// <summary>Every problem: the main file first, then other files in the order they were met; by line and column within a file.</summary>
        public IReadOnlyList<DefinitionProblem> Sorted() =>
            _problems.OrderBy(p => _fileOrder[p.File]).ThenBy(p => p.Line).ThenBy(p => p.Column).ToList();
    }
}
