namespace DrAudit.Core.Loading.Inventory
{
    /// <summary>Sets one field of a record being built. The record is passed by reference so that records which are
    /// values (runs, restore points) are set in place, as records which are objects are.</summary>
    internal delegate void RecordSetter<T, in TValue>(ref T record, TValue value);
}
