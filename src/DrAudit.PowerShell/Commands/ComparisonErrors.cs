using System;
using System.IO;
using System.Management.Automation;

namespace DrAudit.PowerShell.Commands
{
    /// <summary>The error records of the comparison and fleet cmdlets (stable ErrorIds a script can catch on).</summary>
    internal static class ComparisonErrors
    {
        public static ErrorRecord PackNotFound(FileNotFoundException exception, string path) =>
            new ErrorRecord(exception, ErrorIds.PackNotFound, ErrorCategory.ObjectNotFound, path)
            {
                ErrorDetails = new ErrorDetails(exception.Message) { RecommendedAction = "Give an evidence pack folder (one holding readiness.json) or its readiness.json." },
            };

        /// <summary>A pack path (or wildcard) that names no file or folder.</summary>
        public static ErrorRecord NoPackMatches(string path) =>
            PackNotFound(new FileNotFoundException($"No evidence pack matches '{path}'.", path), path);

        public static ErrorRecord ComparisonFailed(Exception exception, object target) =>
            new ErrorRecord(exception, ErrorIds.ComparisonFailed, ErrorCategory.InvalidData, target);

        public static ErrorRecord NotAResult(object? value, string parameter) =>
            new ErrorRecord(
                new ArgumentException($"-{parameter} must be a readiness result (from Get-DrReadiness) or an evidence pack folder, not {(value == null ? "null" : value.GetType().Name)}."),
                ErrorIds.NotAReadinessResult, ErrorCategory.InvalidArgument, value);
    }
}
