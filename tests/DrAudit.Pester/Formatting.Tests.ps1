# The format file's views render: what a user sees at the prompt (the default view) and through Format-Table and
# Format-List has the columns and labels the views promise, filled from the sample.
param(
    [Parameter(Mandatory)] [string] $ModuleManifest,
    [Parameter(Mandatory)] [string] $RepoRoot
)

BeforeAll {
    Import-Module -Name $ModuleManifest -Force
    $sample = Join-Path $RepoRoot 'samples/contoso-dental/client.yaml'
    $result = Get-DrReadiness -Client $sample -WarningAction SilentlyContinue

    # The first line of a table's header, split into column names.
    function Get-TableHeader([string] $Text) {
        $lines = $Text -split "`r?`n" | Where-Object { $_.Trim() }
        $rule = [array]::FindIndex([string[]] $lines, [Predicate[string]] { param($l) $l.Trim() -match '^-+(\s+-+)*$' })
        $rule | Should -BeGreaterThan 0 -Because "a table has a header underlined with dashes:`n$Text"
        -split $lines[$rule - 1]
    }
}

Describe 'Format views' {
    It 'a readiness result shows as a list of client, maturity, readiness and top findings' {
        $text = $result | Out-String -Width 200
        # The values come from the result itself, so a change to the sample does not break the view's test.
        $text | Should -Match 'Client\s+: Contoso Dental Group'
        $text | Should -Match "MaturityLevel\s+: $($result.EssentialEight.MaturityLevel)\s"
        $text | Should -Match "ServicesReady\s+: \d+ of $(@($result.Services).Count)\s"
        $text | Should -Match "Findings\s+: $(@($result.Findings).Count)\s"
        $text | Should -Match 'TopFindings\s+: \S'
        $text | Should -Match 'AsOf\s+: 2026-11-01 00:00 UTC\s'
        $text | Should -Match 'SourcesFailed\s+:\s*\r?\n' -Because 'no source of the sample failed'
        $top = @($result.Findings | Select-Object -First 3 | ForEach-Object Statement)
        $top.Count | Should -Be 3 -Because 'the sample has findings, so the loop below checks something'
        foreach ($statement in $top) { $text | Should -Match ([regex]::Escape($statement.Substring(0, [Math]::Min(60, $statement.Length)))) }
        ($result | Format-List | Out-String -Width 200) | Should -Be $text
    }

    It 'findings show as a table of severity, key and statement' {
        $text = $result.Findings | Out-String -Width 250
        Get-TableHeader $text | Should -Be @('Severity', 'Key', 'Statement')
        $first = @($result.Findings)[0]
        $text | Should -Match "$($first.Severity)\s+$([regex]::Escape($first.Key))\s"
        ($result.Findings | Format-Table | Out-String -Width 250) | Should -Be $text
    }

    It 'controls show as a table of id, family, level and title' {
        $text = Get-DrControl -Id 'E8-RB-*' | Format-Table | Out-String -Width 200
        Get-TableHeader $text | Should -Be @('Id', 'Family', 'Level', 'Title')
        $text | Should -Match 'E8-RB-01\s'
    }

    It 'control results show as a table of id, level, outcome, quality and title' {
        $text = $result.EssentialEight.Controls | Format-Table | Out-String -Width 200
        Get-TableHeader $text | Should -Be @('Id', 'Level', 'Outcome', 'Quality', 'Title')
    }

    It 'a restore order shows as a table grouped by service' {
        $text = Get-DrRestoreOrder -Client $sample -Service practice-management | Out-String -Width 250
        $text | Should -Match 'Service: practice-management'
        Get-TableHeader $text | Should -Be @('Position', 'ComponentId', 'ComponentName', 'Kind', 'DependsOn', 'Documented')
    }

    It 'a written pack and its verification show as tables' {
        $pack = Join-Path $TestDrive 'pack'
        $written = $result | Export-DrEvidencePack -Path $pack -PassThru
        Get-TableHeader ($written | Out-String -Width 200) | Should -Be @('Written', 'Files', 'Path')
        $verified = Test-DrEvidencePack -Path $pack | Out-String -Width 250
        # 'Signed by' is one column; the header splitter reads it as two words.
        Get-TableHeader $verified | Should -Be @('Intact', 'Client', 'Signed', 'by', 'Problems', 'Path')
        $verified | Should -Match 'True\s+contoso-dental\s'
    }

    It 'a renewal pack shows as a table of client, period, months audited, causes fixed and open, budget and unusable packs' {
        $root = Join-Path $TestDrive 'renewal-packs'
        $null = $result | Export-DrEvidencePack -Path (Join-Path $root ('contoso-dental/' + $result.AsOf.UtcDateTime.ToString('yyyy-MM-dd'))) -Format Json
        $renewal = Export-DrRenewalPack -Client contoso-dental -PackRoot $root -Path (Join-Path $TestDrive 'renewal') -To $result.AsOf.AddDays(1) -WarningAction SilentlyContinue
        $text = $renewal | Out-String -Width 250
        Get-TableHeader $text | Should -Be @('Client', 'Period', 'Audited', 'Fixed', 'Open', 'Budget', 'Unusable', 'Path')
        $text | Should -Match 'Contoso Dental'
    }

    It 'control characters from data never reach the console through a view' {
        # A client whose names carry ESC sequences (clear the screen, move the cursor), a bell and a C1 CSI, as a hostile
        # or careless client file, job name or run message might. What the views print carries none of them.
        $folder = Join-Path $TestDrive 'hostile'
        Copy-Item -LiteralPath (Split-Path -Parent $sample) -Destination $folder -Recurse
        $file = Join-Path $folder 'client.yaml'
        $text = Get-Content -Raw -LiteralPath $file
        $text = $text.Replace('  name: Contoso Dental Group', '  name: "Contoso\e[2J\e[HDental\a Group"')
        $text = $text.Replace('    name: SQL01 practice database', '    name: "SQL01\e]0;owned\a practice \x9b2Jdatabase"')
        Set-Content -LiteralPath $file -Value $text -NoNewline
        $hostile = Get-DrReadiness -Client $file -WarningAction SilentlyContinue
        $hostile.Client.Name | Should -Match "`e" -Because 'the object keeps its data exactly; only what is printed is neutralised'

        $printed = @(
            $hostile | Out-String -Width 250
            $hostile | Format-List | Out-String -Width 250
            $hostile.Findings | Out-String -Width 250
            Get-DrRestoreOrder -Client $file -Service practice-management | Out-String -Width 250
            Test-DrClientDefinition -Path $file | Out-String -Width 250
        ) -join "`n"
        $printed | Should -Match 'Contoso\S+\S+Dental\S Group' -Because 'the names are still shown, with the control characters replaced'
        $printed | Should -Match 'SQL01'
        $unsafe = [regex]::Matches($printed, '[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]')
        $unsafe.Count | Should -Be 0 -Because "no control character should be printed; found $(@($unsafe | ForEach-Object { '0x{0:X2}' -f [int][char]$_.Value }) -join ', ')"
    }
}
