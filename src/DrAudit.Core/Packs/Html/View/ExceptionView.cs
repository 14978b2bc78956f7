using System.Collections.Generic;

namespace DrAudit.Core.Packs.Html.View
{
    /// <summary>An accepted risk and whether it was in force at asOf.</summary>
    public sealed class ExceptionView
    {
        public string Control { get; set; } = "";
        public string Service { get; set; } = "";
        public string Status { get; set; } = "";
        public bool Active { get; set; }
        public string AcceptedBy { get; set; } = "";
        public string AcceptedOn { get; set; } = "";
        public string Expires { get; set; } = "";
        public string Reason { get; set; } = "";
        public string Compensating { get; set; } = "";
    }
}
