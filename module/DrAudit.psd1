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
    HelpInfoURI            = 'https://github.com/draudit/draudit/tree/main/docs'
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
        'New-DrClientDefinition'
        'Export-DrRenewalPack'
    )
    FunctionsToExport      = @()
    AliasesToExport        = @()
    VariablesToExport      = @()
    PrivateData            = @{
        PSData = @{
            Tags         = @('Backup', 'DisasterRecovery', 'DR', 'EssentialEight', 'E8', 'MSP', 'Audit', 'Compliance', 'Veeam', 'Microsoft365', 'PSEdition_Core', 'PSEdition_Desktop', 'Windows', 'Linux', 'MacOS')
            ProjectUri   = 'https://github.com/draudit/draudit'
            LicenseUri   = 'https://github.com/draudit/draudit/blob/main/LICENSE'
            ReleaseNotes = 'Ten cmdlets: audits (Get-DrReadiness, Invoke-DrAudit for fleets), evidence packs with HTML report and Excel workbook (Export-DrEvidencePack -Show, Test-DrEvidencePack, Compare-DrReadiness), live Veeam and Microsoft 365 sources with captures (Save-DrSourceCapture), a draft client definition from the sources (New-DrClientDefinition). Wildcards, client folders and pipeline input on every -Client/-Path; Tab completion of control, service and source ids; Test-DrClientDefinition returns a result object. JSON Schemas for client.yaml and inventories in schemas/. See about_DrAudit.'
        }
    }
}
