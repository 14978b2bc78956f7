using System;

namespace DrAudit.Core.Model.Inventory
{
    public sealed class RestorePoint
    {
        /// <summary>The protected object's name.</summary>
        public string Object { get; set; } = "";
        public string? Job { get; set; }
        public DateTimeOffset Time { get; set; }
        public string? Repository { get; set; }
        public PointConsistency? Consistency { get; set; }
    }
}
