namespace DrAudit.Core.Tests.Loading.Properties
{
    /// <summary>What a <see cref="JsonTextToken"/> is.</summary>
    internal enum JsonTextTokenKind
    {
        /// <summary>A string followed by a colon.</summary>
        Key,
        /// <summary>A string in value position.</summary>
        String,
        /// <summary>A number, true, false, null or anything else unquoted.</summary>
        Bare,
        /// <summary>One of { } [ ] : ,</summary>
        Punctuation,
    }
}
