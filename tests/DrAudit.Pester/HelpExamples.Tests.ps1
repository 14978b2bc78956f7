# Every example in every cmdlet's help runs, against the sample, in a folder laid out the way the examples picture a
# reader's own: ./clients/contoso-dental/ (the sample), ./client.yaml and ./contoso-dental.yaml (the sample again),
# ./fleet.txt, ./northwind.png, and for the cmdlets that read packs, dated packs under ./packs/contoso-dental/. An
# example fails its test when it raises any error. Examples that press Tab run through TabExpansion2 and must offer
# the sample's own ids. The one example that needs a live Veeam server and a person typing a password is parsed and
# checked against the cmdlet's parameters only (the list below says why); every example is checked that way too.
param(
    [Parameter(Mandatory)] [string] $ModuleManifest,
    [Parameter(Mandatory)] [string] $RepoRoot
)

BeforeDiscovery {
    Import-Module -Name $ModuleManifest -Force
    $examples = @(foreach ($command in Get-Command -Module DrAudit | Sort-Object Name) {
            $number = 0
            foreach ($example in @((Get-Help -Name $command.Name -Full).examples.example)) {
                $number++
                @{ Cmdlet = $command.Name; Number = $number; Code = [string]$example.code }
            }
        })
    # Examples that cannot run on a test machine, and why. Keep this list short: each entry is an example no test runs.
    $notRunnable = @{
        'Save-DrSourceCapture 1' = 'reads a live Veeam server and asks a person for its password (Get-Credential)'
    }
    $runnable = @($examples | Where-Object { -not $notRunnable.ContainsKey("$($_.Cmdlet) $($_.Number)") -and $_.Code -notmatch '<Tab>' })
    $tabbed = @($examples | Where-Object { $_.Code -match '<Tab>' })
}

BeforeAll {
    Import-Module -Name $ModuleManifest -Force
    $sample = Join-Path $RepoRoot 'samples/contoso-dental'
    $definition = Join-Path $sample 'client.yaml'

    # The reader's folder, built once and copied for each example so no example sees another's packs.
    $world = Join-Path $TestDrive 'world'
    $null = New-Item -ItemType Directory -Path (Join-Path $world 'clients')
    Copy-Item -LiteralPath $sample -Destination (Join-Path $world 'clients/contoso-dental') -Recurse
    Get-ChildItem -LiteralPath $sample | Copy-Item -Destination $world -Recurse
    Copy-Item -LiteralPath $definition -Destination (Join-Path $world 'contoso-dental.yaml')
    Set-Content -LiteralPath (Join-Path $world 'fleet.txt') -Value 'clients/contoso-dental/client.yaml'
    # A 1×1 PNG: the report's logo.
    [System.IO.File]::WriteAllBytes((Join-Path $world 'northwind.png'), [Convert]::FromBase64String(
            'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='))

    # Two monthly packs, as Invoke-DrAudit lays them out, for the examples that verify and compare packs.
    $november = Get-DrReadiness -Client $definition -WarningAction SilentlyContinue
    $october = Get-DrReadiness -Client $definition -AsOf '2026-10-01' -WarningAction SilentlyContinue
    $packs = Join-Path $TestDrive 'packs/contoso-dental'
    $null = $october | Export-DrEvidencePack -Path (Join-Path $packs '2026-10-01') -Format Json
    $null = $november | Export-DrEvidencePack -Path (Join-Path $packs '2026-11-01') -Format Json

    # -Show opens what was written with this recorder instead of a browser (DRAUDIT_OPEN_WITH).
    $opened = Join-Path $TestDrive 'opened.txt'
    $recorder = Join-Path $TestDrive 'open-with.sh'
    Set-Content -LiteralPath $recorder -Value "#!/bin/sh`necho `"`$1`" >> '$opened'"
    if (-not $IsWindows) { & chmod +x $recorder }
    $savedOpenWith = $env:DRAUDIT_OPEN_WITH
    $env:DRAUDIT_OPEN_WITH = $recorder

    $state = @{ Run = 0 }
    # A fresh folder and session for one example: the reader's folder, the packs when the cmdlet reads packs, the
    # module imported, and the variables the examples take as already set ($r, $october, $november).
    function New-ExampleSession([string] $Cmdlet) {
        $state.Run++
        $folder = Join-Path $TestDrive "run-$($state.Run)"
        Copy-Item -LiteralPath $world -Destination $folder -Recurse
        if ($Cmdlet -in 'Compare-DrReadiness', 'Test-DrEvidencePack', 'Export-DrRenewalPack') {
            $null = New-Item -ItemType Directory -Path (Join-Path $folder 'packs')
            Copy-Item -LiteralPath $packs -Destination (Join-Path $folder 'packs/contoso-dental') -Recurse
        }
        if ($Cmdlet -eq 'Save-DrSourceCapture') {
            # Capturing means reading a live server: the reader's definitions name VBR01 by address, not a capture.
            foreach ($file in (Join-Path $folder 'contoso-dental.yaml'), (Join-Path $folder 'clients/contoso-dental/client.yaml')) {
                (Get-Content -Raw -LiteralPath $file) -replace '(?m)^    capture: ./veeam-capture.*$', '    url: https://vbr01.contoso.example:9419' |
                    Set-Content -LiteralPath $file -NoNewline
            }
        }
        $session = [runspacefactory]::CreateRunspace()
        $session.Open()
        $session.SessionStateProxy.Path.SetLocation($folder) | Out-Null
        $session.SessionStateProxy.SetVariable('r', $november)
        $session.SessionStateProxy.SetVariable('october', $october)
        $session.SessionStateProxy.SetVariable('november', $november)
        $shell = [powershell]::Create()
        $shell.Runspace = $session
        $null = $shell.AddCommand('Import-Module').AddParameter('Name', $ModuleManifest).Invoke()
        $shell.Dispose()
        @{ Session = $session; Folder = $folder }
    }
}

AfterAll {
    $env:DRAUDIT_OPEN_WITH = $savedOpenWith
}

Describe 'Help examples' {
    It '<Cmdlet> example <Number> parses and uses only real commands and parameters' -ForEach $examples {
        # '<Tab>' in an example stands for pressing Tab (tab completion), not for PowerShell to run.
        $script = $Code -replace '\s*<Tab>', ''
        $tokens = $null
        $parseErrors = $null
        $ast = [System.Management.Automation.Language.Parser]::ParseInput($script, [ref] $tokens, [ref] $parseErrors)
        $parseErrors | Should -BeNullOrEmpty -Because "the example is:`n$Code"

        $calls = @($ast.FindAll({ param($node) $node -is [System.Management.Automation.Language.CommandAst] }, $true) |
                Where-Object { $_.GetCommandName() -like '*-Dr*' })
        foreach ($call in $calls) {
            $name = $call.GetCommandName()
            $target = Get-Command -Name $name -Module DrAudit -ErrorAction SilentlyContinue
            $target | Should -Not -BeNullOrEmpty -Because "'$name' in the example should be a DrAudit cmdlet:`n$Code"
            $known = @($target.Parameters.Keys) + @($target.Parameters.Values | ForEach-Object { $_.Aliases })
            foreach ($parameter in $call.CommandElements | Where-Object { $_ -is [System.Management.Automation.Language.CommandParameterAst] }) {
                $candidates = @($known | Where-Object { $_ -like "$($parameter.ParameterName)*" })
                $exact = $known -contains $parameter.ParameterName
                ($exact -or $candidates.Count -eq 1) | Should -BeTrue -Because "-$($parameter.ParameterName) should be a parameter of $name (example:`n$Code)"
            }
        }
    }

    It '<Cmdlet> example <Number> runs against the sample without an error' -ForEach $runnable {
        $example = New-ExampleSession $Cmdlet
        try {
            $shell = [powershell]::Create()
            $shell.Runspace = $example.Session
            $null = $shell.AddScript($Code)
            $thrown = $null
            try { $null = $shell.Invoke() } catch { $thrown = $_.Exception.InnerException ?? $_.Exception }
            $errors = @($shell.Streams.Error | ForEach-Object { "$($_.FullyQualifiedErrorId): $_" })
            $shell.Dispose()
            $thrown | Should -BeNullOrEmpty -Because "the example is:`n$Code"
            $errors | Should -BeNullOrEmpty -Because "the example is:`n$Code"

            # What the examples say they write is there.
            if ($Code -match 'Export-DrEvidencePack -Path ([^\s"]+)' -and $Code -notmatch '-WhatIf') {
                $pack = Join-Path $example.Folder $Matches[1]
                Join-Path $pack 'manifest.json' | Should -Exist
            }
            if ($Code -match '-WhatIf') {
                Join-Path $example.Folder 'packs' | Should -Not -Exist -Because '-WhatIf writes nothing'
                Join-Path $example.Folder 'captures' | Should -Not -Exist -Because '-WhatIf writes nothing'
            }
            if ($Code -match 'Invoke-DrAudit\s+(-Path\s+)?\S+\s+(-OutputPath\s+)?(\S+)') {
                Join-Path $example.Folder ($Matches[3] + '/contoso-dental') | Should -Exist
            }
            if ($Code -match '-Show' -and -not $IsWindows) {
                $deadline = [DateTime]::UtcNow.AddSeconds(10)
                while (-not (Test-Path -LiteralPath $opened) -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 100 }
                $lastOpened = @(Get-Content -LiteralPath $opened)[-1]
                $lastOpened | Should -BeLike "$($example.Folder)*.html" -Because "-Show opens the report (a pack's report.html, a fleet's fleet.html) it wrote"
                Remove-Item -LiteralPath $opened
            }
        }
        finally {
            $example.Session.Dispose()
        }
    }

    It '<Cmdlet> example <Number> completes the sample''s ids on Tab' -ForEach $tabbed {
        $example = New-ExampleSession $Cmdlet
        try {
            $line = ($Code -replace '\s*<Tab>.*$', '') + ' '
            $parameter = ([regex]::Matches($line, '-(\w+)\s') | Select-Object -Last 1).Groups[1].Value
            $expected = @{
                Service = @('practice-management', 'email', 'file-share', 'payroll', 'identity', 'firewall-config')
                # Only sources read live can be captured: m365-backup is still read from its capture.
                Source  = @('veeam-main')
            }[$parameter]
            $expected | Should -Not -BeNullOrEmpty -Because "the test knows what -$parameter should offer"

            $shell = [powershell]::Create()
            $shell.Runspace = $example.Session
            $null = $shell.AddCommand('TabExpansion2').AddParameter('inputScript', $line).AddParameter('cursorColumn', $line.Length)
            $completion = $shell.Invoke()[0]
            $shell.Dispose()
            @($completion.CompletionMatches.CompletionText) | Should -Be $expected
        }
        finally {
            $example.Session.Dispose()
        }
    }

    It 'every cmdlet has at least two examples' -ForEach @(Get-Command -Module DrAudit | ForEach-Object { @{ Cmdlet = $_.Name } }) {
        @((Get-Help -Name $Cmdlet -Full).examples.example).Count | Should -BeGreaterOrEqual 2
    }
}
