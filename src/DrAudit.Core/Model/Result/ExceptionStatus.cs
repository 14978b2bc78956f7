using System;

namespace DrAudit.Core.Model.Result
{
    /// <summary>An accepted risk from the client definition and whether it was in force at asOf.</summary>
    public sealed class ExceptionStatus
    {
        public string Control { get; set; } = "";
        public string? Service { get; set; }
        /// <summary>"active", "expired" or "notYetAccepted".</summary>
        public string Status { get; set; } = "";
        public string AcceptedBy { get; set; } = "";
        public DateTimeOffset AcceptedOn { get; set; }
        public DateTimeOffset Expires { get; set; }
        public string Reason { get; set; } = "";
        public string Compensating { get; set; } = "";
    }
}
