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
      --format <list>  what the pack holds: json, html, excel separated by commas (default: all three)
      --branding <file>        a YAML or JSON file with mspName, logo, accentColor, templatePath
      --msp-name <name>        the MSP name on the report (default: the definition's client.msp)
      --logo <file>            a .png, .svg or .jpg logo embedded in the report
      --accent-color <#rrggbb> the report's accent colour
      --template-path <dir>    templates that replace the built-in ones file by file
  draudit validate <client.yaml>
      Check a client definition and list every problem as file:line:col: message (warnings too).
  draudit restore-order <client.yaml> [--service <id>]
      Show each service's restore order: the documented one, or the one derived from dependsOn.
  draudit controls
      List the control catalogue.
  draudit fleet <folder|list|client.yaml>... --out <root> [--throttle <n>] [--as-of <time>] [--verbose]
      Audit every client (up to --throttle at once, default 4) into <root>/<client-id>/<yyyy-MM-dd>/, never
      over an earlier pack (a later one the same day gets .2, .3...), each compared with its previous pack;
      then write the fleet summary (HTML, Excel, JSON) to <root>/_fleet/<yyyy-MM-dd>/. A folder holds *.yaml
      definitions and <subfolder>/client.yaml; a list file names one definition or folder per line.
      Exit codes: 0 every client audited, 1 some clients failed (or a source could not be read),
      2 nothing ran (no clients, all failed, or bad arguments).
  draudit compare <older-pack> <newer-pack> [--json]
      What changed between two evidence packs of a client: maturity, findings new / still open /
      resolved, and control outcomes per control and service.
  draudit verify <pack-folder>
      Re-hash every file of an evidence pack against its manifest.json (exit 0 intact, 1 not).
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
