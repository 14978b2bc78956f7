namespace DrAudit.Cli
{
    /// <summary>The text of <c>draudit --help</c>.</summary>
    public static class HelpText
    {
        public const string Usage = @"draudit - backup and disaster-recovery readiness audit

Usage:
  draudit audit <client.yaml> --out <dir> [--force] [--as-of <time>] [--verbose]
      Collect every source, score the controls, print a summary and write the evidence pack to <dir>.
      --out <dir>      the evidence pack folder to write (required)
      --force          replace an existing pack at <dir> (only once the new one is complete)
      --as-of <time>   the audit's point in time, ISO 8601 (2026-11-01 or 2026-11-01T06:00:00Z);
                       default: the definition's asOf, else now
      --verbose        show what is being collected and judged (on standard error)
  draudit validate <client.yaml>
      Check a client definition and list every problem as file:line:col: message (warnings too).
  draudit restore-order <client.yaml> [--service <id>]
      Show each service's restore order: the documented one, or the one derived from dependsOn.
  draudit controls
      List the control catalogue.
  draudit --help | help
  draudit --version

Exit codes:
  0  the command succeeded (audit: the audit ran and the pack was written; findings do not change it)
  1  bad input: an invalid client definition or bad arguments
  2  the evidence pack was not written: it exists and --force was not given, or it could not be written
  3  an unexpected error
";
    }
}
