using System;

namespace DrAudit.Core.Renewal
{
    /// <summary>The renewal cannot be made from what was given: no folder for the client, a period that ends before
    /// it starts. Bad input, never a half-written pack.</summary>
    public sealed class RenewalException : Exception
    {
        public RenewalException(string message) : base(message) { }
    }
}
