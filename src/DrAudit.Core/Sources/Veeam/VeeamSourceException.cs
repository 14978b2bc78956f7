using System;

namespace DrAudit.Core.Sources.Veeam
{
    /// <summary>The Veeam server (or a capture of it) gave an answer DrAudit cannot use: credentials refused, an
    /// unsupported API version, an error status, a malformed body. The message is fit for a report and holds no secret.</summary>
    public sealed class VeeamSourceException : Exception
    {
        public VeeamSourceException(string message, Exception? inner = null) : base(message, inner) { }
    }
}
