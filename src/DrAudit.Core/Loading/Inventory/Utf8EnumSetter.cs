using System;

namespace DrAudit.Core.Loading.Inventory
{
    /// <summary>Sets an enum field of <paramref name="record"/> from the ASCII bytes of its name, as the fast JSON
    /// reader finds them; false (nothing set) when the bytes name no value or are not ASCII.</summary>
    internal delegate bool Utf8EnumSetter<T>(ref T record, ReadOnlySpan<byte> ascii);
}
