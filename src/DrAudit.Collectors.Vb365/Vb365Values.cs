using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DrAudit.Core.Model;
using DrAudit.Core.Model.Inventory;
using Newtonsoft.Json.Linq;

namespace DrAudit.Collectors.Vb365
{
    /// <summary>VB365's enum values mapped to inventory values. A value not known here maps to unknown, never to success.</summary>
    internal static class Vb365Values
    {
        /// <summary>Session <c>status</c>: Success, Warning, Failed; Running and Queued are running; Stopped (stopped by a
        /// person), Disconnected, NotConfigured and anything else are unknown, never success.</summary>
        public static RunResult RunResultOf(string? status)
        {
            switch ((status ?? "").ToLowerInvariant())
            {
                case "success": return RunResult.Success;
                case "warning": return RunResult.Warning;
                case "failed": return RunResult.Failed;
                case "running": case "queued": return RunResult.Running;
                default: return RunResult.Unknown;
            }
        }

        /// <summary>True when the job backs up the whole organization (<c>backupType: EntireOrganization</c>) or whole
        /// workloads of it (a <c>PartialOrganization</c> item), so its objects are the organization's users, sites and teams.</summary>
        public static bool ProtectsWholeOrganization(JObject job, IEnumerable<JObject> selected) =>
            string.Equals(Vb365Json.String(job, "backupType"), "EntireOrganization", StringComparison.OrdinalIgnoreCase)
            || selected.Any(IsPartialOrganization);

        public static bool IsPartialOrganization(JObject item) =>
            string.Equals(Vb365Json.String(item, "type"), "PartialOrganization", StringComparison.OrdinalIgnoreCase);

        /// <summary>Where an object storage type keeps data: the public clouds (Amazon S3 and Glacier, Azure Blob and
        /// Archive, Wasabi, IBM Cloud) are cloud; S3-compatible storage may be anywhere, so it is not known.</summary>
        public static RepositoryLocation? LocationOfObjectStorage(string? type)
        {
            var t = (type ?? "").ToLowerInvariant();
            if (t.Length == 0 || t.Contains("compatible")) return null;
            if (t.StartsWith("amazons3", StringComparison.Ordinal) || t.StartsWith("azureblob", StringComparison.Ordinal)
                || t.Contains("glacier") || t.Contains("wasabi") || t.StartsWith("ibm", StringComparison.Ordinal))
                return RepositoryLocation.Cloud;
            return null;
        }

        /// <summary>A backup repository's retention: <c>retentionPeriodType</c> Daily (<c>dailyRetentionPeriod</c> days), Monthly
        /// (<c>monthlyRetentionPeriod</c> months of 30 days) or Yearly (<c>yearlyRetentionPeriod</c> Year1, Years2, ...;
        /// KeepForever as 100 years). Months and years are counted short (30 and 365 days), never long. Null when not stated.</summary>
        public static Duration? RetentionOf(JObject? repository)
        {
            if (repository == null) return null;
            switch ((Vb365Json.String(repository, "retentionPeriodType") ?? "").ToLowerInvariant())
            {
                case "daily":
                    return Vb365Json.Int(repository, "dailyRetentionPeriod") is int days && days > 0 ? Duration.FromStatedDays(days) : (Duration?)null;
                case "monthly":
                    return Vb365Json.Int(repository, "monthlyRetentionPeriod") is int months && months > 0 ? Duration.FromStatedDays(months * 30L) : (Duration?)null;
                case "yearly":
                    var yearly = Vb365Json.String(repository, "yearlyRetentionPeriod") ?? "";
                    if (string.Equals(yearly, "KeepForever", StringComparison.OrdinalIgnoreCase)) return Duration.FromDays(36500);
                    var digits = new string(yearly.Where(char.IsDigit).ToArray());
                    return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var years) && years > 0
                        ? Duration.FromStatedDays(years * 365L) : (Duration?)null;
                default:
                    return null;
            }
        }
    }
}
