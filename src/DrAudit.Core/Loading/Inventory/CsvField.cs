namespace DrAudit.Core.Loading.Inventory
{
    /// <summary>One cell of a CSV record: its text (unquoted), whether it was written in quotes, and the 1-based line
    /// and column it starts at.</summary>
    internal readonly struct CsvField
    {
        public CsvField(string text, bool quoted, int line, int column)
        {
            Text = text;
            Quoted = quoted;
            Line = line;
            Column = column;
        }

        public string Text { get; }
        public bool Quoted { get; }
        public int Line { get; }
        public int Column { get; }
    }
}
