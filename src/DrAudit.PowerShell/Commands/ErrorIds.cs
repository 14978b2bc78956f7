namespace DrAudit.PowerShell.Commands
{
    /// <summary>
    /// Every ErrorId a DrAudit cmdlet writes, in one place: scripts catch on them, about_DrAudit lists them (a module test
    /// fails when one is missing there), and no cmdlet writes an id that is not here.
    /// </summary>
    public static class ErrorIds
    {
        public const string ClientDefinitionNotFound = "DrAudit.ClientDefinitionNotFound";
        public const string InvalidClientDefinition = "DrAudit.InvalidClientDefinition";
        public const string DefinitionProblem = "DrAudit.DefinitionProblem";
        public const string ServiceNotFound = "DrAudit.ServiceNotFound";
        public const string ControlNotFound = "DrAudit.ControlNotFound";
        public const string SourceNotFound = "DrAudit.SourceNotFound";
        public const string SourceCollectionFailed = "DrAudit.SourceCollectionFailed";
        public const string CaptureNotSupported = "DrAudit.CaptureNotSupported";
        public const string CaptureExists = "DrAudit.CaptureExists";
        public const string CaptureWriteFailed = "DrAudit.CaptureWriteFailed";
        public const string PackExists = "DrAudit.PackExists";
        public const string FolderNotReplaceable = "DrAudit.FolderNotReplaceable";
        public const string SigningFailed = "DrAudit.SigningFailed";
        public const string PackWriteFailed = "DrAudit.PackWriteFailed";
        public const string PackNotFound = "DrAudit.PackNotFound";
        public const string PackUnreadable = "DrAudit.PackUnreadable";
        public const string ReportNotOpened = "DrAudit.ReportNotOpened";
        public const string BrandingInvalid = "DrAudit.BrandingInvalid";
        public const string TemplateInvalid = "DrAudit.TemplateInvalid";
        public const string FormatNotAvailable = "DrAudit.FormatNotAvailable";
        public const string ComparisonFailed = "DrAudit.ComparisonFailed";
        public const string NotAReadinessResult = "DrAudit.NotAReadinessResult";
        public const string PathInvalid = "DrAudit.PathInvalid";
        public const string PathAmbiguous = "DrAudit.PathAmbiguous";
        public const string SourceInvalid = "DrAudit.SourceInvalid";
        public const string DefinitionExists = "DrAudit.DefinitionExists";
        public const string DefinitionWriteFailed = "DrAudit.DefinitionWriteFailed";
        public const string RenewalClientNotFound = "DrAudit.RenewalClientNotFound";
    }
}
