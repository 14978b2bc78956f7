using System.Collections.Generic;
using System.Globalization;

namespace DrAudit.Core.Loading.Inventory
{
    /// <summary>Collects the problems found while reading one inventory (or a restore-test CSV file), up to a limit so a
    /// file broken on every line does not fill memory; a reader stops reading once <see cref="Full"/>. (The client
    /// definition's own collector, <see cref="Yaml.ProblemCollector"/>, sorts problems across files instead.)</summary>
    internal sealed class BoundedProblemCollector
    {
        public const int Limit = 100;

        private readonly List<DefinitionProblem> _problems = new List<DefinitionProblem>();

        public int Count => _problems.Count;

        public bool Full => _problems.Count >= Limit;

        public IReadOnlyList<DefinitionProblem> Problems => _problems;

        public void Add(string file, int line, int column, string code, string message)
        {
            if (Full) return;
            _problems.Add(new DefinitionProblem(file, line, column, code, message));
            if (Full)
            {
                _problems.Add(new DefinitionProblem(file, 0, 0, "TooManyProblems",
                    string.Format(CultureInfo.InvariantCulture, "stopped reading after {0} problems; fix these and read again", Limit)));
            }
        }

        /// <summary>Throws a <see cref="DefinitionException"/> carrying every problem, when there is any.</summary>
        public void ThrowIfAny()
        {
            if (_problems.Count > 0) throw new DefinitionException(_problems.ToArray());
        }
    }
}
