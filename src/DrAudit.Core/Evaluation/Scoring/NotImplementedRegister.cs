using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Evaluation.Scoring
{
    /// <summary>The client's recorded "not implemented" choices (controls.md v1.1): an entry for a control and scope
    /// turns an Ineffective or NoVisibility outcome into NotImplemented (still blocking a maturity level, still a
    /// finding). An Effective outcome stays Effective and the contradiction is a warning. It is applied after
    /// exceptions, so an exception in force for the same scope wins (AlternateControl). Like exceptions, a
    /// service-scoped entry does not change a control judged once for the client. An entry stated after asOf had
    /// not been made yet and changes nothing.</summary>
    public sealed class NotImplementedRegister
    {
        private readonly IReadOnlyList<NotImplementedEntry> _entries;
        private readonly DateTimeOffset _asOf;

        public NotImplementedRegister(IReadOnlyList<NotImplementedEntry> entries, DateTimeOffset asOf)
        {
            _entries = entries;
            _asOf = asOf;
        }

        /// <summary>Contradictions found while applying: an entry for a control judged Effective.</summary>
        public List<string> Warnings { get; } = new List<string>();

        /// <summary>The entry for <paramref name="controlId"/> and a service (one scoped to it first, else a client-wide
        /// one); with <paramref name="serviceId"/> null only client-wide entries count.</summary>
        public NotImplementedEntry? For(string controlId, string? serviceId)
        {
            // Asked for every control of every service: one pass, nothing made.
            NotImplementedEntry? clientWide = null;
            foreach (var entry in _entries)
            {
                if (entry.Control != controlId || !entry.IsStatedBy(_asOf)) continue;
                if (serviceId != null && entry.Service == serviceId) return entry;
                if (clientWide == null && entry.Service == null) clientWide = entry;
            }
            return clientWide;
        }

        /// <summary>The outcome after the recorded choice; <paramref name="applied"/> is the entry used.</summary>
        public Outcome Apply(Outcome outcome, string controlId, string? serviceId, string scopeName, out NotImplementedEntry? applied)
        {
            applied = null;
            if (outcome != Outcome.Ineffective && outcome != Outcome.NoVisibility && outcome != Outcome.Effective) return outcome;
            var entry = For(controlId, serviceId);
            if (entry == null) return outcome;
            if (outcome == Outcome.Effective)
            {
                Warnings.Add($"{controlId} is recorded as not implemented{(entry.Service == null ? "" : " for " + entry.Service)} (stated by {entry.StatedBy} on {Date(entry.StatedOn)}), " +
                             $"but the evidence shows it is met for {scopeName}; it stays Effective. Remove or correct the notImplemented entry.");
                return outcome;
            }
            applied = entry;
            return Outcome.NotImplemented;
        }

        /// <summary>"stated by Mia Tran on 2026-10-02: Staff restore their own files from OneDrive versions".</summary>
        public static string Describe(NotImplementedEntry entry)
        {
            var who = string.IsNullOrWhiteSpace(entry.StatedBy) ? "an unnamed person" : entry.StatedBy;
            var text = "stated by " + who + " on " + Date(entry.StatedOn);
            return string.IsNullOrWhiteSpace(entry.Reason) ? text : text + ": " + entry.Reason.Trim().TrimEnd('.');
        }

        private static string Date(DateTimeOffset date) => date.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
