<#
.SYNOPSIS
    Builds DrAudit, assembles the module in out/DrAudit/<version>/ and runs the tests.
.DESCRIPTION
    Runs `dotnet build -c Release` on DrAudit.sln (the PowerShell project assembles the importable module as
    part of the build), then `dotnet test` unless -NoTest is given, and prints where the module is.
    Works in Windows PowerShell 5.1 and PowerShell 7; needs the .NET SDK on the PATH.
.EXAMPLE
    ./build.ps1
.EXAMPLE
    ./build.ps1 -NoTest
#>
[CmdletBinding()]
param(
    # Build and assemble only; do not run the tests.
    [switch] $NoTest,

    [ValidateSet('Release', 'Debug')]
    [string] $Configuration = 'Release'
)

$ErrorActionPreference = 'Stop'
$solution = Join-Path $PSScriptRoot 'DrAudit.sln'

& dotnet build $solution -c $Configuration
if ($LASTEXITCODE -ne 0) { throw "dotnet build failed (exit code $LASTEXITCODE)." }

if (-not $NoTest) {
    & dotnet test $solution -c $Configuration --no-build
    if ($LASTEXITCODE -ne 0) { throw "dotnet test failed (exit code $LASTEXITCODE)." }
}

$props = [xml](Get-Content -Raw -Path (Join-Path $PSScriptRoot 'Directory.Build.props'))
$version = @($props.Project.PropertyGroup | ForEach-Object { $_.Version } | Where-Object { $_ })[0]
$manifest = Join-Path $PSScriptRoot "out/DrAudit/$version/DrAudit.psd1"
if (-not (Test-Path -LiteralPath $manifest)) { throw "The build did not assemble the module at $manifest." }

Write-Host "DrAudit $version module: $(Split-Path -Parent $manifest)"
Write-Host "Import it with: Import-Module '$manifest'"
