<#
.SYNOPSIS
    Runs DrAudit's Pester suite (tests/DrAudit.Pester/*.Tests.ps1) against the built module and prints
    "N passed, N failed".
.DESCRIPTION
    Pester comes from NuGet, not from PowerShell Gallery: tests/DrAudit.Module.Tests downloads Pester 5.7.1
    (PackageDownload) when the solution is restored, and this script imports it from the NuGet package cache by path.
    The module is the one the build assembled in out/DrAudit/<version>/ (the README's Import-Module line), so
    `dotnet build -c Release` (or ./build.ps1 -NoTest) must have run first. Exits 1 when any test fails.
.EXAMPLE
    ./tests/DrAudit.Pester/Invoke-DrAuditPester.ps1
#>
[CmdletBinding()]
param(
    # Pester.psd1 to import; by default tools/Pester.psd1 of Pester 5.7.1 in the NuGet package cache.
    [string] $PesterManifest,

    # The module to test; by default out/DrAudit/<version>/DrAudit.psd1 of this checkout.
    [string] $ModuleManifest,

    # The checkout whose README and sample the suite reads; by default the one this script is in.
    [string] $RepoRoot = (Join-Path $PSScriptRoot '../..')
)

$ErrorActionPreference = 'Stop'
$repoRoot = (Resolve-Path -LiteralPath $RepoRoot).Path

if (-not $PesterManifest) {
    $cache = $env:NUGET_PACKAGES
    if (-not $cache) {
        $line = & dotnet nuget locals global-packages --list
        if ($LASTEXITCODE -ne 0) { throw "Cannot ask dotnet where the NuGet package cache is (exit code $LASTEXITCODE)." }
        $cache = ($line -replace '^global-packages:\s*', '').Trim()
    }
    $PesterManifest = Join-Path $cache 'pester/5.7.1/tools/Pester.psd1'
}
if (-not (Test-Path -LiteralPath $PesterManifest)) {
    throw "Pester is not at $PesterManifest. Restore the solution first (dotnet restore DrAudit.sln): tests/DrAudit.Module.Tests downloads it."
}
if (-not $ModuleManifest) {
    $props = [xml](Get-Content -Raw -LiteralPath (Join-Path $repoRoot 'Directory.Build.props'))
    $version = @($props.Project.PropertyGroup | ForEach-Object { $_.Version } | Where-Object { $_ })[0]
    $ModuleManifest = Join-Path $repoRoot "out/DrAudit/$version/DrAudit.psd1"
}
if (-not (Test-Path -LiteralPath $ModuleManifest)) {
    throw "The module is not at $ModuleManifest. Build first: dotnet build DrAudit.sln -c Release (or ./build.ps1 -NoTest)."
}

Import-Module -Name $PesterManifest -Force
$data = @{ ModuleManifest = (Resolve-Path -LiteralPath $ModuleManifest).Path; RepoRoot = $repoRoot }
$configuration = New-PesterConfiguration
$configuration.Run.Container = New-PesterContainer -Path (Join-Path $PSScriptRoot '*.Tests.ps1') -Data $data
$configuration.Run.PassThru = $true
$configuration.Output.Verbosity = 'Detailed'
$result = Invoke-Pester -Configuration $configuration

"pester: $($result.PassedCount) passed, $($result.FailedCount) failed"
if ($result.Result -ne 'Passed' -or $result.FailedCount -gt 0 -or $result.PassedCount -eq 0) { exit 1 }
exit 0
