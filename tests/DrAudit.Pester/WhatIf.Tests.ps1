# -WhatIf says what would be written, in PowerShell's own words, and writes nothing. The messages go to the host, so
# each case runs in a child pwsh whose output is read back.
param(
    [Parameter(Mandatory)] [string] $ModuleManifest,
    [Parameter(Mandatory)] [string] $RepoRoot
)

BeforeAll {
    # This PowerShell's own executable (in a .NET tool, the process itself is dotnet; pwsh sits in $PSHOME).
    $pwsh = Join-Path $PSHOME $(if ($IsWindows) { 'pwsh.exe' } else { 'pwsh' })
    $sample = Join-Path $RepoRoot 'samples/contoso-dental/client.yaml'

    function Invoke-ChildPwsh([string] $Script) {
        $command = "`$ErrorActionPreference = 'Stop'; Import-Module -Name '$ModuleManifest'; $Script"
        $output = & $pwsh -NoProfile -NonInteractive -Command $command 2>&1 | Out-String -Width 400
        $LASTEXITCODE | Should -Be 0 -Because $output
        $output
    }
}

Describe '-WhatIf' {
    It 'Export-DrEvidencePack -WhatIf names the pack it would write and writes nothing' {
        $pack = Join-Path $TestDrive 'pack'
        $output = Invoke-ChildPwsh "Get-DrReadiness -Client '$sample' -WarningAction SilentlyContinue | Export-DrEvidencePack -Path '$pack' -WhatIf"

        $output | Should -Match ([regex]::Escape("What if: Performing the operation `"Write evidence pack`" on target `"$pack`"."))
        $pack | Should -Not -Exist
    }

    It 'Invoke-DrAudit -WhatIf names the output folder and the number of clients, and audits nothing' {
        $clients = Join-Path $TestDrive 'clients'
        $null = New-Item -ItemType Directory -Path $clients
        Copy-Item -LiteralPath (Split-Path -Parent $sample) -Destination (Join-Path $clients 'contoso-dental') -Recurse
        $out = Join-Path $TestDrive 'packs'
        $output = Invoke-ChildPwsh "Invoke-DrAudit -Path '$clients' -OutputPath '$out' -WhatIf -WarningAction SilentlyContinue"

        $output | Should -Match 'What if: Performing the operation "Audit clients and write their evidence packs \(1 clients\)" on target "'
        @(Get-ChildItem -LiteralPath $out -Recurse -File -ErrorAction SilentlyContinue) | Should -BeNullOrEmpty
    }

    It 'New-DrClientDefinition -WhatIf names the file it would write and writes nothing' {
        $path = Join-Path $TestDrive 'drafts/client.yaml'
        $output = Invoke-ChildPwsh "New-DrClientDefinition -Client '$sample' -Path '$path' -WhatIf"

        $output | Should -Match ([regex]::Escape("What if: Performing the operation `"Write a draft client definition`" on target `"$path`"."))
        Join-Path $TestDrive 'drafts' | Should -Not -Exist
    }
}
