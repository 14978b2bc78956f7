# Failures are ErrorRecords a script can act on: a stable FullyQualifiedErrorId (documented in about_DrAudit) and the
# category PowerShell users filter on.
param(
    [Parameter(Mandatory)] [string] $ModuleManifest,
    [Parameter(Mandatory)] [string] $RepoRoot
)

BeforeAll {
    Import-Module -Name $ModuleManifest -Force
    $sample = Join-Path $RepoRoot 'samples/contoso-dental/client.yaml'
}

Describe 'Error records' {
    It 'a client definition that does not exist: <ErrorId>, ObjectNotFound' -ForEach @(@{ ErrorId = 'DrAudit.ClientDefinitionNotFound' }) {
        $missing = Join-Path $TestDrive 'no-such-client.yaml'
        $record = { Get-DrReadiness -Client $missing -ErrorAction Stop } | Should -Throw -PassThru

        $record.FullyQualifiedErrorId | Should -BeLike "$ErrorId,*"
        $record.CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $record.Exception.Message | Should -BeLike '*no-such-client.yaml*'
    }

    It 'a client definition with a mistake: <ErrorId>, InvalidData, with the line' -ForEach @(@{ ErrorId = 'DrAudit.InvalidClientDefinition' }) {
        $broken = Join-Path $TestDrive 'client.yaml'
        (Get-Content -Raw -LiteralPath $sample) -replace '(?m)^apiVersion:.*$', "apiVersion: draudit/v1`nnotAKey: 1" | Set-Content -LiteralPath $broken
        $record = { Get-DrReadiness -Client $broken -ErrorAction Stop } | Should -Throw -PassThru

        $record.FullyQualifiedErrorId | Should -BeLike "$ErrorId,*"
        $record.CategoryInfo.Category | Should -Be 'InvalidData'
        $record.Exception.Message | Should -Match 'notAKey'
    }

    It 'a control id that does not exist: <ErrorId>, ObjectNotFound' -ForEach @(@{ ErrorId = 'DrAudit.ControlNotFound' }) {
        $record = { Get-DrControl -Id 'XX-99' -ErrorAction Stop } | Should -Throw -PassThru

        $record.FullyQualifiedErrorId | Should -BeLike "$ErrorId,*"
        $record.CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'a pack that does not exist: <ErrorId>, ObjectNotFound' -ForEach @(@{ ErrorId = 'DrAudit.PackNotFound' }) {
        $record = { Test-DrEvidencePack -Path (Join-Path $TestDrive 'no-pack') -ErrorAction Stop } | Should -Throw -PassThru

        $record.FullyQualifiedErrorId | Should -BeLike "$ErrorId,*"
        $record.CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'a pack that is already there, without -Force: <ErrorId>, ResourceExists, and the pack is kept' -ForEach @(@{ ErrorId = 'DrAudit.PackExists' }) {
        $pack = Join-Path $TestDrive 'pack'
        $result = Get-DrReadiness -Client $sample -WarningAction SilentlyContinue
        $null = $result | Export-DrEvidencePack -Path $pack
        $before = Get-FileHash -LiteralPath (Join-Path $pack 'manifest.json')

        $record = { $result | Export-DrEvidencePack -Path $pack -ErrorAction Stop } | Should -Throw -PassThru

        $record.FullyQualifiedErrorId | Should -BeLike "$ErrorId,*"
        $record.CategoryInfo.Category | Should -Be 'ResourceExists'
        (Get-FileHash -LiteralPath (Join-Path $pack 'manifest.json')).Hash | Should -Be $before.Hash
    }
}
