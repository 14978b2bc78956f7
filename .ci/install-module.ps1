<#
.SYNOPSIS
    CI: installs the DrAudit module package from a folder feed with PSResourceGet, as an MSP engineer would, imports
    it by name and audits the sample client.
.DESCRIPTION
    Run by .ci/run in real pwsh with HOME pointing at an empty folder, so the repository registration and the
    installed module stay out of the machine's own profile. Fails (throws) at the first thing that is not as expected.
#>
[CmdletBinding()]
param(
    # The folder holding DrAudit.<version>.nupkg.
    [Parameter(Mandatory)] [string] $Feed,
    # The version the package must have (Directory.Build.props).
    [Parameter(Mandatory)] [string] $Version,
    # The client definition to audit.
    [Parameter(Mandatory)] [string] $Client
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

function Assert-That([bool] $Condition, [string] $Message) {
    if (-not $Condition) { throw "install-module: $Message" }
}

$pack = Join-Path ([IO.Path]::GetTempPath()) ("draudit-ci-pack-" + [guid]::NewGuid().ToString('n'))
Register-PSResourceRepository -Name DrAuditLocal -Uri $Feed -Trusted
try {
    Install-PSResource -Name DrAudit -Version $Version -Repository DrAuditLocal -Scope CurrentUser
    $installed = Get-InstalledPSResource -Name DrAudit
    Assert-That ($installed.Version -eq [version] $Version) "Install-PSResource installed version $($installed.Version), expected $Version."

    Import-Module -Name DrAudit   # by name, from the PSModulePath, as a user would
    $module = Get-Module -Name DrAudit
    Assert-That ($module.Version -eq [version] $Version) "the imported module is version $($module.Version), expected $Version."
    Assert-That ($module.ModuleBase.StartsWith($installed.InstalledLocation)) "the module was imported from $($module.ModuleBase), not from where it was installed ($($installed.InstalledLocation))."
    Assert-That (@(Get-Command -Module DrAudit).Count -ge 9) "the module exports $(@(Get-Command -Module DrAudit).Count) commands."

    $result = Get-DrReadiness -Client $Client -WarningAction SilentlyContinue
    Assert-That ($result.Client.Name -eq 'Contoso Dental Group') "Get-DrReadiness read the client as '$($result.Client.Name)'."
    $result | Export-DrEvidencePack -Path $pack | Out-Null
    foreach ($file in 'readiness.json', 'report.html', 'evidence.xlsx', 'manifest.json') {
        Assert-That (Test-Path -LiteralPath (Join-Path $pack $file)) "Export-DrEvidencePack wrote no $file."
    }
    $readiness = Get-Content -Raw -LiteralPath (Join-Path $pack 'readiness.json') | ConvertFrom-Json
    Assert-That ($readiness.toolVersion -eq $Version) "readiness.json says toolVersion $($readiness.toolVersion), expected $Version."
    Assert-That ((Test-DrEvidencePack -Path $pack).Intact) "Test-DrEvidencePack found the pack altered."

    "install-module: DrAudit $Version installed from $Feed into $($module.ModuleBase); the sample audited (Essential Eight maturity $($result.EssentialEight.MaturityLevel), $(@($result.Findings).Count) findings) and its pack verified."
}
finally {
    Unregister-PSResourceRepository -Name DrAuditLocal
    if (Test-Path -LiteralPath $pack) { Remove-Item -LiteralPath $pack -Recurse -Force }
}
