namespace DrAudit.Core.Loading.Yaml
{
    /// <summary>Why a YAML text could not be parsed, and where.</summary>
    public sealed class YamlSyntaxError
    {
        public YamlSyntaxError(int line, int column, string message, string code = "YamlSyntax")
        {
            Line = line;
            Column = column;
            Message = message;
            Code = code;
        }

        public int Line { get; }
        public int Column { get; }
        public string Message { get; }
        /// <summary>YamlSyntax, or the limit or rule broken (<see cref="GuardedYamlException.Code"/>).</summary>
        public string Code { get; }
    }
}
