using System;

namespace DrAudit.Core.Packs
{
    /// <summary>A pack format was asked for that this version of DrAudit cannot write.</summary>
    public sealed class PackFormatNotAvailableException : NotSupportedException
    {
        public PackFormatNotAvailableException(PackFormat format)
            : base("The " + format + " evidence pack format is not available in this version of DrAudit; use Json.")
        {
            Format = format;
        }

        public PackFormat Format { get; }
    }
}
