# Tab completion as a user gets it at the prompt: TabExpansion2 in real pwsh. Control ids come from the catalogue,
# service ids from the client file already bound to -Client (a file or its folder), capture sources from the same file
# (only the sources read live), formats and audiences from the parameters' own values.
param(
    [Parameter(Mandatory)] [string] $ModuleManifest,
    [Parameter(Mandatory)] [string] $RepoRoot
)

BeforeAll {
    Import-Module -Name $ModuleManifest -Force
    $fixtures = Join-Path $RepoRoot 'tests/DrAudit.Module.Tests/Fixtures'

    # The client files the completions read, in a folder of their own that is also the session's location.
    $root = Join-Path $TestDrive 'clients'
    $null = New-Item -ItemType Directory -Path $root
    foreach ($name in 'client.yaml', 'invalid.yaml', 'inventory.json') { Copy-Item -LiteralPath (Join-Path $fixtures $name) -Destination $root }
    $live = Join-Path $TestDrive 'live'
    $null = New-Item -ItemType Directory -Path $live
    Copy-Item -LiteralPath (Join-Path $fixtures 'inventory.json') -Destination $live
    (Get-Content -Raw -LiteralPath (Join-Path $fixtures 'client.yaml')) -replace "(?m)^sources:\r?\n", @'
sources:
  - id: vbr-live
    type: veeam
    url: https://vbr01.example.test:9419
  - id: vbr-copy
    type: veeam
    capture: ./capture
  - id: m365-live
    type: m365
    tenantId: 8f3c2b6e-5d14-4a7b-9c21-6e0d4f7a2b19
    clientId: c41e7a90-2b3d-4f58-8e6a-1d9b0c5f3e27

'@ | Set-Content -LiteralPath (Join-Path $live 'client.yaml') -NoNewline
    (Test-DrClientDefinition -Path (Join-Path $live 'client.yaml')).IsValid | Should -BeTrue -Because 'the live sources must load for the test to mean anything'
    Push-Location -LiteralPath $root

    # What TAB offers at the end of a line.
    function Complete([string] $Line) {
        @((TabExpansion2 -inputScript $Line -cursorColumn $Line.Length).CompletionMatches | ForEach-Object CompletionText)
    }
}

AfterAll {
    Pop-Location
}

Describe 'Tab completion' {
    It 'client ids complete from the folders of dated packs under the bound -PackRoot' {
        foreach ($client in 'alpha-dental', 'beta-clinic') { $null = New-Item -ItemType Directory -Path (Join-Path $root "packs/$client/2026-11-01") -Force }
        $null = New-Item -ItemType Directory -Path (Join-Path $root 'packs/_notes') -Force
        Complete 'Export-DrRenewalPack -PackRoot ./packs -Client ' | Should -Be @('alpha-dental', 'beta-clinic')
        Complete 'Export-DrRenewalPack -PackRoot ./packs -Client b' | Should -Be @('beta-clinic')
    }

    It 'control ids complete from the catalogue' {
        Complete 'Get-DrControl -Id E8-RB-0' | Should -Be @(1..9 | ForEach-Object { "E8-RB-0$_" })
        Complete 'Get-DrControl -Id dr-1' | Should -Be @((Get-DrControl -Id 'DR-1*').Id)
        (Complete 'Get-DrControl -Id ').Count | Should -Be @(Get-DrControl).Count
    }

    It 'service ids complete from the bound client file' {
        Complete 'Get-DrRestoreOrder -Client client.yaml -Service ' | Should -Be @('practice-management', 'email')
        Complete 'Get-DrRestoreOrder -Client ./client.yaml -Service EM' | Should -Be @('email')
        Complete 'Get-DrRestoreOrder client.yaml p' | Should -Be @('practice-management')
    }

    It 'service ids complete from a client folder' {
        Complete "Get-DrRestoreOrder -Client '$root' -Service " | Should -Be @('practice-management', 'email')
    }

    It 'service ids complete to nothing without a loadable client' {
        Complete 'Get-DrRestoreOrder -Service ' | Should -Not -Contain 'email'
        Complete 'Get-DrRestoreOrder -Client invalid.yaml -Service ' | Should -Not -Contain 'email'
        Complete 'Get-DrRestoreOrder -Client no-such.yaml -Service ' | Should -Not -Contain 'email'
    }

    It 'capture sources complete with only the sources read live' {
        $client = Join-Path $live 'client.yaml'
        Complete "Save-DrSourceCapture -Client '$client' -Source " | Should -Be @('vbr-live', 'm365-live')
        Complete "Save-DrSourceCapture '$client' m" | Should -Be @('m365-live')
    }

    It 'New-DrClientDefinition -Source completes the start of each kind of source' {
        Complete 'New-DrClientDefinition -Source ' | Should -Be @("'type=veeam,capture='", "'type=veeam,url=https://'", "'type=m365,capture='", "'type=m365,tenantId='", "'type=vb365,url=https://'", "'type=inventory,path='")
        Complete 'New-DrClientDefinition -Source type=inv' | Should -Be @("'type=inventory,path='")
    }

    It '<Command> -Format completes every pack format' -ForEach @(@{ Command = 'Export-DrEvidencePack' }, @{ Command = 'Invoke-DrAudit' }) {
        $formats = (Get-Command $Command).Parameters['Format'].ParameterType.GetElementType()
        $names = [Enum]::GetNames($formats)
        $names | Should -Contain 'Html'
        Complete "$Command -Format " | Sort-Object | Should -Be @($names | Sort-Object)
        Complete "$Command -Format ht" | Should -Be @('Html')
    }

    It '<Command> -Audience and -Redact complete their values' -ForEach @(@{ Command = 'Export-DrEvidencePack' }, @{ Command = 'Invoke-DrAudit' }) {
        Complete "$Command -Audience " | Should -Be @('Client', 'Internal')
        Complete "$Command -Redact " | Should -Be @('Hosts')
    }
}
