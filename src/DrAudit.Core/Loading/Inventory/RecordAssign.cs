namespace DrAudit.Core.Loading.Inventory
{
    /// <summary>Converts a raw value onto a field of the record being built (by reference, see
    /// <see cref="RecordSetter{T, TValue}"/>), reporting a value that does not fit at <paramref name="site"/>.</summary>
    internal delegate void RecordAssign<T>(ref T record, RawValue value, FieldSite site, BoundedProblemCollector problems);
}
