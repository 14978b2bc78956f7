namespace DrAudit.Core.Sources.Http
{
    /// <summary>Why a live request failed, in the terms a report uses.</summary>
    public enum HttpFailureKind
    {
        /// <summary>No connection: DNS, refused, reset.</summary>
        Unreachable,
        /// <summary>No complete answer within the request timeout.</summary>
        Timeout,
        /// <summary>The server's TLS certificate was not trusted and did not match the pinned thumbprint.</summary>
        CertificateRejected,
        /// <summary>429/503 until the retry budget ran out.</summary>
        Throttled,
        /// <summary>5xx until the retry budget ran out.</summary>
        ServerError,
    }
}
