namespace DrAudit.Core.Loading.Inventory
{
    /// <summary>One cell of a CSV record: its text (unquoted) and the 1-based line and column it starts at.</summary>
    internal readonly struct CsvField
    {
        public CsvField(string text, int line, int column)
        {
            Text = text;
            Line = line;
            Column = column;
        }

        public string Text { get; }
        public int Line { get; }
        public int Column { get; }
    }
}
