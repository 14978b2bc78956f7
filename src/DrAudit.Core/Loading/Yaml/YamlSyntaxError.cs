namespace DrAudit.Core.Loading.Yaml
{
    /// <summary>Why a YAML text could not be parsed, and where.</summary>
    public sealed class YamlSyntaxError
    {
        public YamlSyntaxError(int line, int column, string message)
        {
            Line = line;
            Column = column;
            Message = message;
        }

        public int Line { get; }
        public int Column { get; }
        public string Message { get; }
    }
}
