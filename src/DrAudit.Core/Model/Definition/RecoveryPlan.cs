using System;

namespace DrAudit.Core.Model.Definition
{
    public sealed class RecoveryPlan
    {
        public string? Location { get; set; }
        public DateTimeOffset? ReviewedOn { get; set; }
    }
}
