using System;

namespace DrAudit.Core.Model.Renewal
{
    /// <summary>A name the client carried in the period, from the first pack that used it.</summary>
    public sealed class RenewalClientName
    {
        public string Name { get; set; } = "";
        public string FirstPack { get; set; } = "";
        public DateTimeOffset FirstAsOf { get; set; }
    }
}
