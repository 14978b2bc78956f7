<#
.SYNOPSIS
    Runs the DrAudit fleet audit unattended (Windows Task Scheduler, or any scheduler that runs pwsh).

.DESCRIPTION
    Imports the DrAudit module, audits every client definition under -ClientPath with Invoke-DrAudit into
    -OutputPath (each client's pack in <OutputPath>/<client-id>/<yyyy-MM-dd>/, the fleet summary in
    <OutputPath>/_fleet/<yyyy-MM-dd>/), writes a log file, and exits with:
        0  every client was audited and every source read
        1  some clients failed (an invalid definition, a failed audit or pack) or had a source that could not be read,
           or the fleet summary could not be written (the clients' packs were)
        2  nothing ran (the module could not be loaded, no client definitions were found, or every client failed)
    It never prompts: confirmation and progress are switched off, and DrAudit never uses interactive sign-in in this
    mode (sources authenticate with certificates, secrets or environment variables named in the client definitions).
    See docs/scheduling.md.

.EXAMPLE
    pwsh -NoProfile -NonInteractive -File C:\DrAudit\scripts\Invoke-DrAuditScheduled.ps1 -ClientPath C:\DrAudit\clients -OutputPath D:\EvidencePacks
#>
[CmdletBinding()]
param(
    # Client definition files, folders of them, or list files.
    [Parameter(Mandatory = $true)]
    [string[]] $ClientPath,

    # The root the packs and the fleet summary are written under.
    [Parameter(Mandatory = $true)]
    [string] $OutputPath,

    # The log file; default: <OutputPath>/_logs/draudit-<yyyy-MM-ddTHHmmssZ>.log.
    [string] $LogPath,

    # How many clients are audited at once; by default Invoke-DrAudit's (one per processor, at most 4).
    [ValidateRange(1, 64)]
    [int] $ThrottleLimit,

    # The formats of each client's pack (Json, Html, Excel, Email); by default Invoke-DrAudit's (Json, Html, Excel).
    # Add Email for each client's monthly email digest (docs/email-digest.md).
    [ValidateSet('Json', 'Html', 'Excel', 'Email')]
    [string[]] $Format,

    # The DrAudit module to import: a name or a path to DrAudit.psd1.
    [string] $Module = 'DrAudit'
)

$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
$ConfirmPreference = 'None'

$started = [DateTimeOffset]::UtcNow
if (-not $LogPath) {
    $LogPath = [System.IO.Path]::Combine($OutputPath, '_logs', 'draudit-' + $started.ToString("yyyy-MM-dd'T'HHmmss'Z'", [Globalization.CultureInfo]::InvariantCulture) + '.log')
}
# .NET calls only (no Management cmdlets), so the script runs in any host, even a minimal one.
$LogPath = [System.IO.Path]::GetFullPath($LogPath)
$null = [System.IO.Directory]::CreateDirectory([System.IO.Path]::GetDirectoryName($LogPath))

function Write-Log([string] $Message) {
    $line = [DateTimeOffset]::UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", [Globalization.CultureInfo]::InvariantCulture) + ' ' + $Message
    [System.IO.File]::AppendAllText($LogPath, $line + [Environment]::NewLine, [System.Text.UTF8Encoding]::new($false))
}

Write-Log "DrAudit scheduled run: clients $($ClientPath -join ', '); output $OutputPath; throttle $(if ($PSBoundParameters.ContainsKey('ThrottleLimit')) { $ThrottleLimit } else { 'default' })."
try {
    Import-Module -Name $Module -ErrorAction Stop
}
catch {
    Write-Log "ERROR: cannot load the DrAudit module '$Module': $($_.Exception.Message)"
    Write-Log 'Exit code 2 (nothing ran).'
    exit 2
}

$options = @{}
if ($PSBoundParameters.ContainsKey('ThrottleLimit')) { $options.ThrottleLimit = $ThrottleLimit }
if ($PSBoundParameters.ContainsKey('Format')) { $options.Format = $Format }
$rows = @()
$runErrors = [System.Collections.ArrayList]::new()
try {
    # Warnings (failed clients, sources not read) and verbose messages go to the log as they happen.
    # A fleet summary that cannot be written after the audits (a full disk) is a non-terminating error: logged, exit 1.
    $rows = @(Invoke-DrAudit -Path $ClientPath -OutputPath $OutputPath @options -Confirm:$false -Verbose `
            -WarningAction Continue -ErrorVariable +runErrors -ErrorAction SilentlyContinue 3>&1 4>&1 | ForEach-Object {
            if ($_ -is [System.Management.Automation.WarningRecord]) { Write-Log "WARNING: $($_.Message)" }
            elseif ($_ -is [System.Management.Automation.VerboseRecord]) { Write-Log "VERBOSE: $($_.Message)" }
            else { $_ }
        })
}
catch {
    Write-Log "ERROR: the fleet audit did not run: $($_.Exception.Message)"
    Write-Log 'Exit code 2 (nothing ran).'
    exit 2
}

foreach ($row in $rows) {
    $who = if ($row.ClientId) { $row.ClientId } else { $row.Definition }
    if ([string]$row.Status -eq 'Failed') {
        Write-Log "CLIENT $who Failed: $($row.Error)"
    }
    else {
        Write-Log ("CLIENT {0} {1}: maturity {2}, {3} of {4} services ready, findings {5} high {6} medium {7} low, pack {8}{9}" -f `
                $who, $row.Status, $row.MaturityLevel, $row.ServicesReady, $row.ServicesTotal, $row.FindingsHigh, $row.FindingsMedium, $row.FindingsLow, $row.Pack,
            $(if ($row.Error) { '; ' + $row.Error } else { '' }))
    }
}

# The same rule as the core's FleetSummary.Outcome: none audited -> 2; all audited with every source read -> 0; else 1.
$audited = @($rows | Where-Object { [string]$_.Status -ne 'Failed' }).Count
$clean = @($rows | Where-Object { [string]$_.Status -eq 'Audited' }).Count
$exitCode = if ($audited -eq 0) { 2 } elseif ($clean -eq $rows.Count -and $runErrors.Count -eq 0) { 0 } else { 1 }
foreach ($runError in $runErrors) { Write-Log "ERROR: $($runError.Exception.Message)" }
Write-Log ("{0} clients: {1} audited, {2} failed. Exit code {3}." -f $rows.Count, $audited, ($rows.Count - $audited), $exitCode)
exit $exitCode
