@{
    RootModule             = 'DrAudit.PowerShell.dll'
    # Written at build time from <Version> in Directory.Build.props (the one version source); never edit it here.
    ModuleVersion          = '0.0.0'
    GUID                   = '0aab10ec-bd6c-4ce1-b093-7351c08db042'
    Author                 = 'DrAudit contributors'
    CompanyName            = 'DrAudit'
    Copyright              = '(c) DrAudit contributors.'
    Description            = 'Audits an MSP client''s backup and disaster-recovery readiness: Essential Eight "Regular backups" maturity and DR-readiness controls, with evidence packs.'
    CompatiblePSEditions   = @('Core', 'Desktop')
    PowerShellVersion      = '5.1'
    DotNetFrameworkVersion = '4.7.2'
    FormatsToProcess       = @('DrAudit.Format.ps1xml')
    CmdletsToExport        = @(
        'Get-DrReadiness'
        'Export-DrEvidencePack'
        'Test-DrClientDefinition'
        'Get-DrRestoreOrder'
        'Get-DrControl'
        'Test-DrEvidencePack'
        'Invoke-DrAudit'
        'Compare-DrReadiness'
        'Save-DrSourceCapture'
    )
    FunctionsToExport      = @()
    AliasesToExport        = @()
    VariablesToExport      = @()
    PrivateData            = @{
        PSData = @{
            Tags         = @('Backup', 'DisasterRecovery', 'DR', 'EssentialEight', 'E8', 'MSP', 'Audit', 'Compliance', 'Veeam', 'Microsoft365', 'PSEdition_Core', 'PSEdition_Desktop', 'Windows', 'Linux', 'MacOS')
            ProjectUri   = 'https://github.com/draudit/draudit'
            LicenseUri   = 'https://github.com/draudit/draudit/blob/main/LICENSE'
            ReleaseNotes = 'First release: Get-DrReadiness, Export-DrEvidencePack (JSON packs), Test-DrClientDefinition, Get-DrRestoreOrder and Get-DrControl. Dependencies are loaded in isolation from other modules.'
        }
    }
}
