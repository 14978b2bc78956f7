namespace DrAudit.Cli
{
    /// <summary>The command line cannot be used as given (exit code 1).</summary>
    public sealed class CliUsageException : Exception
    {
        public CliUsageException(string message) : base(message) { }
    }
}
