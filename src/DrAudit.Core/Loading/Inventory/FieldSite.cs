namespace DrAudit.Core.Loading.Inventory
{
    /// <summary>Where a field's value was read (file, 1-based line and column) and what it is, for located problems.</summary>
    internal readonly struct FieldSite
    {
        public FieldSite(string file, int line, int column, string field, string record)
        {
            File = file;
            Line = line;
            Column = column;
            Field = field;
            Record = record;
        }

        public string File { get; }
        public int Line { get; }
        public int Column { get; }
        public string Field { get; }
        /// <summary>What the field belongs to, with its article: "a repository", "the inventory".</summary>
        public string Record { get; }

        /// <summary>"'location' of a repository".</summary>
        public string Describe() => "'" + Field + "' of " + Record;

        public void Report(BoundedProblemCollector problems, string code, string message) =>
            problems.Add(File, Line, Column, code, message);
    }
}
