using System;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using DrAudit.Core.Loading;

namespace DrAudit.PowerShell.Commands
{
    /// <summary>The error records DrAudit's cmdlets write: stable ErrorIds a script can catch on.</summary>
    internal static class DrAuditErrors
    {
        public static ErrorRecord ClientDefinitionNotFound(string path) =>
            new ErrorRecord(
                new FileNotFoundException($"Cannot find the client definition '{path}' because it does not exist.", path),
                "DrAudit.ClientDefinitionNotFound", ErrorCategory.ObjectNotFound, path);

        public static ErrorRecord InvalidClientDefinition(DefinitionException exception, string path)
        {
            var record = new ErrorRecord(exception, "DrAudit.InvalidClientDefinition", ErrorCategory.InvalidData, path);
            record.ErrorDetails = new ErrorDetails(exception.Message)
            {
                RecommendedAction = $"Correct the file; Test-DrClientDefinition -Path '{path}' lists every problem.",
            };
            return record;
        }

        public static ErrorRecord InvalidClientDefinition(IReadOnlyList<DefinitionProblem> problems, string path) =>
            InvalidClientDefinition(new DefinitionException(problems), path);

        public static ErrorRecord ServiceNotFound(string service, string path, IEnumerable<string> known) =>
            new ErrorRecord(
                new ItemNotFoundException($"The client definition '{path}' has no service '{service}'. Its services are: {string.Join(", ", known)}."),
                "DrAudit.ServiceNotFound", ErrorCategory.ObjectNotFound, service);

        public static ErrorRecord ControlNotFound(string id) =>
            new ErrorRecord(
                new ItemNotFoundException($"The control catalogue has no control '{id}'."),
                "DrAudit.ControlNotFound", ErrorCategory.ObjectNotFound, id);

        public static ErrorRecord PackExists(Exception exception, string path) =>
            new ErrorRecord(exception, "DrAudit.PackExists", ErrorCategory.ResourceExists, path)
            {
                ErrorDetails = new ErrorDetails(exception.Message) { RecommendedAction = "Use -Force to replace the existing pack, or choose another -Path." },
            };

        public static ErrorRecord PackWriteFailed(Exception exception, string path) =>
            new ErrorRecord(exception, "DrAudit.PackWriteFailed", ErrorCategory.WriteError, path);

        public static ErrorRecord BrandingInvalid(Exception exception, string target) =>
            new ErrorRecord(exception, "DrAudit.BrandingInvalid", ErrorCategory.InvalidData, target);

        public static ErrorRecord TemplateInvalid(Exception exception, string target) =>
            new ErrorRecord(exception, "DrAudit.TemplateInvalid", ErrorCategory.InvalidData, target);

        public static ErrorRecord PackNotFound(Exception exception, string path) =>
            new ErrorRecord(exception, "DrAudit.PackNotFound", ErrorCategory.ObjectNotFound, path);

        public static ErrorRecord PackUnreadable(Exception exception, string path) =>
            new ErrorRecord(exception, "DrAudit.PackUnreadable", ErrorCategory.InvalidData, path);

        public static ErrorRecord FormatNotAvailable(Exception exception, object format) =>
            new ErrorRecord(exception, "DrAudit.FormatNotAvailable", ErrorCategory.NotImplemented, format);
    }
}
