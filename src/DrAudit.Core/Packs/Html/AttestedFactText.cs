using System;
using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Packs.Html
{
    /// <summary>An attested repository fact as the client reads it ("Encrypted: yes", "Reachable with production
    /// credentials: no"), not the definition's key and value ("sharesProductionCredentials = false"), and what became of it.</summary>
    public static class AttestedFactText
    {
        public static string Of(string fact, string value)
        {
            switch (fact)
            {
                case "location": return "Kept: " + Location(value);
                case "encrypted": return "Encrypted: " + YesNo(value);
                case "immutable": return "Immutable (cannot be changed or deleted before its retention ends): " + YesNo(value);
                case "immutableDays": return "Immutable for: " + value + " days";
                case "sharesProductionCredentials": return "Reachable with the production network's passwords or keys: " + YesNo(value);
                default: return ReportFormat.Label(fact) + ": " + value;
            }
        }

        /// <summary>What the source itself reports for the fact, in the same words ("the backup system reports: yes").</summary>
        public static string Reported(string fact, string reported) =>
            string.IsNullOrEmpty(reported) ? "" : "the backup system reports: " + (fact == "location" ? Location(reported) : fact == "immutableDays" ? reported + " days" : YesNo(reported));

        public static string Status(string status)
        {
            switch (status)
            {
                case AttestedFactUse.Used: return "used (the backup system does not report it)";
                case AttestedFactUse.Confirmed: return "confirmed by the backup system";
                case AttestedFactUse.Contradicted: return "contradicted by the backup system, which is believed";
                case AttestedFactUse.Stale: return "older than a year, not used";
                case AttestedFactUse.NotYetMade: return "dated after the audit point, not used";
                case AttestedFactUse.Unmatched: return "matches no repository, not used";
                default: return status;
            }
        }

        private static string YesNo(string value) =>
            string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) ? "yes"
            : string.Equals(value, "false", StringComparison.OrdinalIgnoreCase) ? "no"
            : value;

        private static string Location(string value) =>
            value == "onsite" ? "on site" : value == "offsite" ? "off site" : value;
    }
}
