using System;

namespace DrAudit.Core.Sources.Http
{
    /// <summary>A request to a live system that could not be completed; the message is fit for a report (no secrets).</summary>
    public sealed class HttpSourceException : Exception
    {
        public HttpSourceException(HttpFailureKind kind, string message, Exception? inner = null)
            : base(message, inner)
        {
            Kind = kind;
        }

        public HttpFailureKind Kind { get; }
    }
}
