using System;

namespace DrAudit.Core.Model.Definition
{
    /// <summary>A control the client has told the MSP it does not implement (client definition <c>notImplemented</c>,
    /// v1.1): recorded, never inferred.</summary>
    public sealed class NotImplementedEntry
    {
        public string Control { get; set; } = "";
        /// <summary>One service, or null for the whole client.</summary>
        public string? Service { get; set; }
        public string StatedBy { get; set; } = "";
        public DateTimeOffset StatedOn { get; set; }
        public string Reason { get; set; } = "";
        public SourceLocation? DefinedAt { get; set; }

        /// <summary>Stated on or before <paramref name="asOf"/> (a statement dated later had not been made yet).</summary>
        public bool IsStatedBy(DateTimeOffset asOf) => StatedOn <= asOf;
    }
}
