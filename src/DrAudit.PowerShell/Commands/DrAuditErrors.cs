using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using DrAudit.Core.Loading;

namespace DrAudit.PowerShell.Commands
{
    /// <summary>The error records DrAudit's cmdlets write: stable ErrorIds a script can catch on.</summary>
    internal static class DrAuditErrors
    {
        /// <summary>The file a client folder holds.</summary>
        public const string ClientFileName = "client.yaml";

        /// <summary>No client definition at <paramref name="path"/>; <paramref name="folder"/> when the path was a folder without one.</summary>
        public static ErrorRecord ClientDefinitionNotFound(string path, string? folder = null) =>
            new ErrorRecord(
                new FileNotFoundException(folder == null
                    ? $"Cannot find the client definition '{path}' because it does not exist."
                    : $"Cannot find the client definition '{path}': the folder '{folder}' has no {ClientFileName}.", path),
                ErrorIds.ClientDefinitionNotFound, ErrorCategory.ObjectNotFound, path);

        /// <summary>One error of a client definition, as Test-DrClientDefinition writes it (non-terminating).</summary>
        public static ErrorRecord DefinitionProblem(DefinitionProblem problem) =>
            new ErrorRecord(new InvalidDataException(problem.ToString()), ErrorIds.DefinitionProblem, ErrorCategory.InvalidData, problem)
            {
                ErrorDetails = new ErrorDetails(problem.ToString()) { RecommendedAction = "Correct the file at that line and column." },
            };

        /// <summary>-Show could not open the report (the pack itself was written).</summary>
        public static ErrorRecord ReportNotOpened(Exception exception, string path) =>
            new ErrorRecord(exception, ErrorIds.ReportNotOpened, ErrorCategory.OpenError, path)
            {
                ErrorDetails = new ErrorDetails($"The pack was written, but its report could not be opened: {exception.Message}")
                {
                    RecommendedAction = "Open report.html from the pack folder yourself, or set DRAUDIT_OPEN_WITH to the program to open it with.",
                },
            };

        public static ErrorRecord PathInvalid(Exception exception, string path) =>
            new ErrorRecord(exception, ErrorIds.PathInvalid, ErrorCategory.InvalidArgument, path);

        public static ErrorRecord PathAmbiguous(string path, IReadOnlyList<string> matches) =>
            new ErrorRecord(
                new ArgumentException($"'{path}' matches {matches.Count} items ({string.Join(", ", matches.Take(3))}{(matches.Count > 3 ? ", ..." : "")}); give one."),
                ErrorIds.PathAmbiguous, ErrorCategory.InvalidArgument, path);

        public static ErrorRecord InvalidClientDefinition(DefinitionException exception, string path)
        {
            var record = new ErrorRecord(exception, ErrorIds.InvalidClientDefinition, ErrorCategory.InvalidData, path);
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
                ErrorIds.ServiceNotFound, ErrorCategory.ObjectNotFound, service);

        public static ErrorRecord ControlNotFound(string id) =>
            new ErrorRecord(
                new ItemNotFoundException($"The control catalogue has no control '{id}'."),
                ErrorIds.ControlNotFound, ErrorCategory.ObjectNotFound, id);

        public static ErrorRecord PackExists(Exception exception, string path) =>
            new ErrorRecord(exception, ErrorIds.PackExists, ErrorCategory.ResourceExists, path)
            {
                ErrorDetails = new ErrorDetails(exception.Message) { RecommendedAction = "Use -Force to replace the existing pack, or choose another -Path." },
            };

        /// <summary>-Force named a folder DrAudit may not replace (not its own, the current folder or above it, or one
        /// holding an input). Nothing was changed.</summary>
        public static ErrorRecord FolderNotReplaceable(DrAudit.Core.Storage.FolderNotReplaceableException exception) =>
            new ErrorRecord(exception, ErrorIds.FolderNotReplaceable, ErrorCategory.PermissionDenied, exception.FolderPath)
            {
                ErrorDetails = new ErrorDetails(exception.Message) { RecommendedAction = "Choose a new folder, or the folder of an earlier pack; -Force replaces only DrAudit's own." },
            };

        public static ErrorRecord PackWriteFailed(Exception exception, string path) =>
            new ErrorRecord(exception, ErrorIds.PackWriteFailed, ErrorCategory.WriteError, path);

        public static ErrorRecord BrandingInvalid(Exception exception, string target) =>
            new ErrorRecord(exception, ErrorIds.BrandingInvalid, ErrorCategory.InvalidData, target);

        public static ErrorRecord TemplateInvalid(Exception exception, string target) =>
            new ErrorRecord(exception, ErrorIds.TemplateInvalid, ErrorCategory.InvalidData, target);

        public static ErrorRecord PackNotFound(Exception exception, string path) =>
            new ErrorRecord(exception, ErrorIds.PackNotFound, ErrorCategory.ObjectNotFound, path);

        public static ErrorRecord PackUnreadable(Exception exception, string path) =>
            new ErrorRecord(exception, ErrorIds.PackUnreadable, ErrorCategory.InvalidData, path);

        public static ErrorRecord FormatNotAvailable(Exception exception, object format) =>
            new ErrorRecord(exception, ErrorIds.FormatNotAvailable, ErrorCategory.NotImplemented, format);

        /// <summary>Export-DrRenewalPack found no folder of dated packs for the client, or was given a period that ends before it starts.</summary>
        public static ErrorRecord RenewalClientNotFound(Exception exception, string client) =>
            new ErrorRecord(exception, ErrorIds.RenewalClientNotFound, ErrorCategory.ObjectNotFound, client)
            {
                ErrorDetails = new ErrorDetails(exception.Message) { RecommendedAction = "Give the client's id with -PackRoot (the folder Invoke-DrAudit writes to), or the client's folder of dated packs, and a -From before -To." },
            };
    }
}
