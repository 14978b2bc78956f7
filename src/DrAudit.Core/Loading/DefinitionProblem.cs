namespace DrAudit.Core.Loading
{
    /// <summary>One thing wrong in an input file: where, a stable code, what was found and what was expected.</summary>
    public sealed class DefinitionProblem
    {
        public DefinitionProblem(string file, int line, int column, string code, string message, ProblemSeverity severity = ProblemSeverity.Error)
        {
            File = file;
            Line = line;
            Column = column;
            Code = code;
            Message = message;
            Severity = severity;
        }

        public string File { get; }
        /// <summary>1-based; 0 when the problem is about the whole file.</summary>
        public int Line { get; }
        public int Column { get; }
        /// <summary>Stable id such as "UnknownKey", "WrongType", "BadDuration", "UnknownId", "DuplicateId", "DependencyCycle".</summary>
        public string Code { get; }
        public string Message { get; }
        public ProblemSeverity Severity { get; }

        public override string ToString() =>
            Line > 0 ? $"{File}:{Line}:{Column}: {Message}" : $"{File}: {Message}";
    }
}
