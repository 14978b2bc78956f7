using System;

namespace DrAudit.Core.Comparison
{
    /// <summary>Two results cannot be compared (they are for different clients), or a pack cannot be read as one.</summary>
    public sealed class ComparisonException : Exception
    {
        public ComparisonException(string message) : base(message) { }

        public ComparisonException(string message, Exception inner) : base(message, inner) { }
    }
}
