# Every line of the README's PowerShell block ("The same audit in PowerShell") runs, in order, in one fresh session,
# exactly as a reader would type it: the README cannot drift from the module. The session's location is a fresh
# folder laid out like a checkout after the build (samples/ and out/DrAudit/ copied from this one), so the run starts
# from a clean clone's state and leaves the checkout's own out/packs alone.
param(
    [Parameter(Mandatory)] [string] $ModuleManifest,
    [Parameter(Mandatory)] [string] $RepoRoot
)

BeforeDiscovery {
    $readme = Get-Content -LiteralPath (Join-Path $RepoRoot 'README.md')
    $heading = [array]::IndexOf($readme, '## The same audit in PowerShell')
    if ($heading -lt 0) { throw "README.md has no '## The same audit in PowerShell' section." }
    $open = $heading + 1
    while ($open -lt $readme.Count -and $readme[$open] -ne '```powershell') { $open++ }
    $close = $open + 1
    while ($close -lt $readme.Count -and $readme[$close] -ne '```') { $close++ }
    $lines = @($readme[($open + 1)..($close - 1)] | Where-Object { $_.Trim() -and -not $_.Trim().StartsWith('#') })
    if ($lines.Count -lt 5) { throw "README.md's PowerShell block has only $($lines.Count) lines." }
    $steps = @(for ($i = 0; $i -lt $lines.Count; $i++) { @{ Number = $i + 1; Line = $lines[$i].Trim() } })
}

Describe "The README's PowerShell block" {
    BeforeAll {
        $checkout = Join-Path $TestDrive 'checkout'
        $null = New-Item -ItemType Directory -Path (Join-Path $checkout 'out')
        Copy-Item -LiteralPath (Join-Path $RepoRoot 'samples') -Destination $checkout -Recurse
        Copy-Item -LiteralPath (Split-Path -Parent (Split-Path -Parent $ModuleManifest)) -Destination (Join-Path $checkout 'out') -Recurse
        $session = [runspacefactory]::CreateRunspace()
        $session.Open()
        $session.SessionStateProxy.Path.SetLocation($checkout) | Out-Null
    }
    AfterAll {
        $session.Dispose()
    }

    It 'line <Number>: <Line>' -ForEach $steps {
        $shell = [powershell]::Create()
        $shell.Runspace = $session
        $null = $shell.AddScript($Line)
        $output = $shell.Invoke()
        $errors = @($shell.Streams.Error | ForEach-Object { "$($_.FullyQualifiedErrorId): $_" })
        $shell.Dispose()

        $errors | Should -BeNullOrEmpty
        if ($Line -match '^(Get-|\$r\s*(#|$)|\$r\.)') {
            @($output).Count | Should -BeGreaterThan 0 -Because "'$Line' should show something"
        }
    }

    It 'left the pack the README describes, intact' {
        $pack = Join-Path $checkout 'out/packs/contoso-dental'
        foreach ($file in 'readiness.json', 'report.html', 'evidence.xlsx', 'manifest.json') {
            Join-Path $pack $file | Should -Exist
        }
        $shell = [powershell]::Create()
        $shell.Runspace = $session
        $verification = $shell.AddScript('Test-DrEvidencePack -Path ./out/packs/contoso-dental').Invoke()
        $shell.Dispose()
        $verification[0].Intact | Should -BeTrue
    }
}
