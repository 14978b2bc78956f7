using System;

namespace DrAudit.Core.Model.Inventory
{
    /// <summary>A restore point. A value, not an object: a large client has hundreds of thousands, kept in a few
    /// large arrays that the garbage collector need not trace one by one.</summary>
    public struct RestorePoint
    {
        private string? _object;

        /// <summary>The protected object's name ("" until set).</summary>
        public string Object { get => _object ?? ""; set => _object = value; }
        public string? Job { get; set; }
        public DateTimeOffset Time { get; set; }
        public string? Repository { get; set; }
        public PointConsistency? Consistency { get; set; }
    }
}
