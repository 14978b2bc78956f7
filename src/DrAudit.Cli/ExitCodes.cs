namespace DrAudit.Cli
{
    /// <summary>What <c>draudit</c> returns (also listed in --help). Findings never change the exit code.</summary>
    public static class ExitCodes
    {
        /// <summary>The command did its work (for audit: the audit ran and the pack was written).</summary>
        public const int Success = 0;
        /// <summary>Bad input: an invalid client definition or bad arguments.</summary>
        public const int BadInput = 1;
        /// <summary>The evidence pack was not written: it exists and --force was not given, or it could not be written.</summary>
        public const int PackNotWritten = 2;
        /// <summary>An unexpected error.</summary>
        public const int UnexpectedError = 3;
        /// <summary>The pack was written, but the audit is incomplete: at least one source could not be read.</summary>
        public const int AuditIncomplete = 4;
    }
}
