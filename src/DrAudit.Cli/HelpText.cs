namespace DrAudit.Cli
{
    /// <summary>The text of <c>draudit --help</c> and of <c>draudit &lt;command&gt; --help</c>: one block per command, so the
    /// general help and each command's help can never say different things.</summary>
    public static class HelpText
    {
        private const string Title = "draudit - backup and disaster-recovery readiness audit\n";

        private const string ExitCodeText = @"Exit codes:
  0  the command succeeded (audit: the audit ran and the pack was written; findings do not change it)
  1  bad input: an invalid client definition or bad arguments (or --force on a folder that is not a pack)
  2  the evidence pack was not written: it exists and --force was not given, or it could not be written
     (init: the same for the client definition)
  3  an unexpected error
  4  audit: the pack was written, but the audit is incomplete (a source could not be read);
     init: the draft was written, but a source could not be read;
     renewal: the renewal pack was written, but a month could not be audited or a pack could not be used
";

        /// <summary>Each command's usage line(s), what it does, and its options, in the order --help lists them.</summary>
        private static readonly (string Command, string Text)[] Commands =
        {
            (AuditCommand.Name, @"  draudit audit <client.yaml> --out <dir> [--force] [--as-of <time>] [--verbose] [--open]
      Collect every source, score the controls, print a summary and write the evidence pack to <dir>.
      --out <dir>      the evidence pack folder to write (required)
      --force          replace an existing pack at <dir> (only once the new one is complete; only a
                       DrAudit pack or an empty folder, never one holding the client or other inputs)
      --as-of <time>   the audit's point in time, ISO 8601 (2026-11-01 or 2026-11-01T06:00:00Z);
                       default: the definition's asOf, else now
      --verbose        show what is being collected and judged (on standard error)
      --open           open the pack's report.html with the system's default handler once it is written
      --request-timeout <t>    time for one request to a live source (90, 90s, 2m; default 60 s);
                               wins over each source's requestTimeout
      --source-deadline <t>    time for reading one source in all (default 10m); a source that runs
                               over fails (NoVisibility) and the audit goes on; wins over deadline
      --format <list>  what the pack holds: json, html, excel, email separated by commas (default: json,html,excel;
                       email adds the monthly digest summary.html and summary.eml)
      --branding <file>        a YAML or JSON file with mspName, logo, accentColor, templatePath
      --msp-name <name>        the MSP name on the report (default: the definition's client.msp)
      --logo <file>            a PNG, JPEG, GIF or SVG logo (judged by content) embedded in the report
      --accent-color <#rrggbb> the report's accent colour
      --template-path <dir>    templates that replace the built-in ones file by file
      --sign <thumbprint|pfx>  sign manifest.json (manifest.json.p7s) with a certificate from your store or a
                       PFX file; its password is read from the DRAUDIT_SIGNING_PASSWORD environment variable
      --audience <who>         client (default): business words only, no local paths, no evidence lines or
                               source errors; internal: everything, for the MSP's engineers
      --redact hosts           replace host names and addresses in the report with [host] / [address]
"),
            (ValidateCommand.Name, @"  draudit validate <client.yaml>
      Check a client definition and list every problem as file:line:col: message (warnings too).
"),
            (RestoreOrderCommand.Name, @"  draudit restore-order <client.yaml> [--service <id>]
      Show each service's restore order: the documented one, or the one derived from dependsOn.
      --service <id>   only this service
"),
            (ControlsCommand.Name, @"  draudit controls
      List the control catalogue.
"),
            (FleetCommand.Name, @"  draudit fleet <folder|list|client.yaml>... --out <root> [--throttle <n>] [--as-of <time>] [--verbose] [--open]
      Audit every client (up to --throttle at once) into <root>/<client-id>/<yyyy-MM-dd>/, never
      over an earlier pack (a later one the same day gets .2, .3...), each compared with its previous pack;
      then write the fleet summary (HTML, Excel, JSON) to <root>/_fleet/<yyyy-MM-dd>/. A folder holds *.yaml
      definitions and <subfolder>/client.yaml; a list file names one definition or folder per line.
      --out <root>     the folder every client's packs go under (required)
      --throttle <n>   how many clients are audited at once, 1 to 64 (default: one per processor, at most 4)
      --as-of <time>   the audits' point in time, ISO 8601 (default: each definition's asOf, else now)
      --verbose        show what is being collected and judged (on standard error)
      --sign <thumbprint|pfx>  sign every client's manifest.json (as audit --sign)
      --open           open the fleet summary's fleet.html with the system's default handler at the end
      --format, --branding, --msp-name, --logo, --accent-color, --template-path, --audience, --redact:
                       as for audit, for every client's pack; the branding also brands the fleet summary.
                       Without them, a branding.yaml in the folder of client definitions brands everything.
      --request-timeout <t>    time for one request to a live source (90, 90s, 2m; default 60 s);
                               wins over each source's requestTimeout
      --source-deadline <t>    time for reading one source in all (default 10m); a source that runs
                               over fails (NoVisibility) and the audit goes on; wins over deadline
      Exit codes: 0 every client audited, 1 some clients failed (or a source could not be read),
      2 nothing ran (no clients, all failed, or bad arguments).
"),
            (CompareCommand.Name, @"  draudit compare <older-pack> <newer-pack> [--json]
      What changed between two evidence packs of a client: maturity, findings new / still open /
      resolved, and control outcomes per control and service.
      --json           print the comparison as JSON instead of text
"),
            (InitCommand.Name, @"  draudit init <source>... --out <client.yaml> [--client-id <id>] [--name <name>] [--force]
      Read the sources and write a DRAFT client definition from what they protect and discover: a
      component with backup.match for every protected object, all in one placeholder service, and the
      workloads nothing protects listed for a decision. Nothing is approved or owned: every placeholder
      is marked DECIDE, and the audit reports each until it is decided (docs/onboarding.md).
      <source>         a source as key=value pairs separated by commas, the keys of a source entry:
                       type=veeam,id=veeam-main,capture=./veeam-capture
                       type=veeam,url=https://vbr01:9419,env=VBR_USER,passwordEnv=VBR_PASS
                       type=m365,tenantId=<id>,clientId=<id>,certificateThumbprint=<thumbprint>
                       type=vb365,url=https://vb365:4443,organization=contoso.onmicrosoft.com,secret=<name>
                       type=inventory,path=./exports/inventory.json
                       credentials are names only: secret=<name>, or env=<var>,passwordEnv=<var>
      --from <file>    also read the sources of an existing client definition (never overwritten)
      --out <file>     the client.yaml to write (required)
      --client-id <id> the client's id (default: the name of the folder --out is in)
      --name <name>    the client's name (default: the id)
      --msp <name>     the MSP's name on reports
      --as-of <time>   read the sources as of this time and write it as asOf (default: now, not written)
      --force          replace an existing file (never an input of the run)
      --verbose        show what is being read (on standard error)
      --request-timeout <t>, --source-deadline <t>: as for audit
"),
            (RenewalCommand.Name, @"  draudit renewal <client-id|client-folder> --out <dir> [--pack-root <root>] [--from <time>] [--to <time>] [--force] [--open]
      Read a client's dated evidence packs over the contract period (the layout fleet writes:
      <root>/<client-id>/<yyyy-MM-dd>/), verify each against its manifest (and signature), and write a
      renewal pack (renewal.html, renewal.xlsx, renewal.json): maturity and DR readiness month by month,
      root causes opened, resolved and still open, restore tests and exercises against the targets,
      approvals and exceptions due, and what to budget for, every figure naming its pack and manifest hash.
      Tampered packs, packs of another client and months without a pack are shown, never used (docs/renewal.md).
      --out <dir>      the renewal pack folder to write (required)
      --pack-root <root>       the folder fleet runs write to; the client is then its id
      --from <time>    start of the period, ISO 8601 (default: the first day of the month 11 months before --to)
      --to <time>      end of the period (default: now)
      --force          replace an existing renewal pack at <dir> (never an evidence pack or the pack root)
      --verbose        show each pack as it is verified (on standard error)
      --open           open renewal.html with the system's default handler once it is written
      --format, --branding, --msp-name, --logo, --accent-color, --template-path, --sign, --audience,
      --redact:        as for audit (the template is renewal-report.liquid)
"),
            (VerifyCommand.Name, @"  draudit verify <pack-folder>
      Check every file of an evidence pack against its manifest.json (sizes and SHA-256; only regular files
      inside the pack are read) and its signature manifest.json.p7s when there is one, naming the signer.
      Exit 0 intact (and the signature, if any, valid), 1 not.
"),
        };

        /// <summary>The whole help: every command, then the exit codes.</summary>
        public static string Usage { get; } =
            Title + "\nUsage:\n" + string.Concat(Commands.Select(c => c.Text))
            + "  draudit <command> --help\n      Show one command's usage and options.\n"
            + "  draudit --help | help\n  draudit --version\n\n" + ExitCodeText;

        /// <summary>The command names, as typed.</summary>
        public static IReadOnlyList<string> CommandNames { get; } = Commands.Select(c => c.Command).ToList();

        /// <summary>One command's help (usage, options, exit codes); null for an unknown command.</summary>
        public static string? For(string command)
        {
            foreach (var (name, text) in Commands)
            {
                if (name == command) return Title + "\nUsage:\n" + text + "\n" + ExitCodeText;
            }
            return null;
        }

        /// <summary>True when <paramref name="args"/> (a command's arguments) ask for help: --help or -h anywhere
        /// before a bare "--".</summary>
        public static bool Asked(IEnumerable<string> args) =>
            args.TakeWhile(a => a != "--").Any(a => a == "--help" || a == "-h");
    }
}
