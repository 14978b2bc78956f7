using System;

namespace DrAudit.Collectors.M365
{
    /// <summary>Why an m365 source cannot be read, in words fit for a report (never a secret).</summary>
    internal sealed class M365SourceException : Exception
    {
        public M365SourceException(string message, Exception? inner = null) : base(message, inner) { }
    }
}
