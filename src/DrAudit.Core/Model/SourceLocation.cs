namespace DrAudit.Core.Model
{
    /// <summary>Where something was read from: a file and a 1-based line and column (0 when unknown).</summary>
    public sealed class SourceLocation
    {
        public SourceLocation(string file, int line, int column)
        {
            File = file;
            Line = line;
            Column = column;
        }

        public string File { get; }
        public int Line { get; }
        public int Column { get; }

        public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}" : File;
    }
}
