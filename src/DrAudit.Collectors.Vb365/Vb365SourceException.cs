using System;

namespace DrAudit.Collectors.Vb365
{
    /// <summary>A Veeam Backup for Microsoft 365 source that cannot be read; the message is fit for a report (no secret).</summary>
    internal sealed class Vb365SourceException : Exception
    {
        public Vb365SourceException(string message, Exception? inner = null) : base(message, inner) { }

        /// <summary>The server (or capture) gave no answer for something optional: it stays unknown, the read goes on.</summary>
        public bool Unanswered { get; set; }
    }
}
