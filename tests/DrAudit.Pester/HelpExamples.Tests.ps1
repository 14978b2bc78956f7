# Every example in every cmdlet's help is PowerShell that parses, and every DrAudit command it uses exists with the
# parameters it names: the help cannot drift from the cmdlets. (The examples name a reader's own files and servers,
# so they are checked against the cmdlets' parameters here rather than run.)
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
}

BeforeAll {
    Import-Module -Name $ModuleManifest -Force
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

    It 'every cmdlet has at least two examples' -ForEach @(Get-Command -Module DrAudit | ForEach-Object { @{ Cmdlet = $_.Name } }) {
        @((Get-Help -Name $Cmdlet -Full).examples.example).Count | Should -BeGreaterOrEqual 2
    }
}
