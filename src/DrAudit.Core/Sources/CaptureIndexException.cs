using System;

namespace DrAudit.Core.Sources
{
    /// <summary>A capture folder's index.json is missing or malformed; the message says which file and what is wrong,
    /// ready to be a failed source's reason.</summary>
    public sealed class CaptureIndexException : Exception
    {
        public CaptureIndexException(string message, Exception? inner = null) : base(message, inner) { }
    }
}
