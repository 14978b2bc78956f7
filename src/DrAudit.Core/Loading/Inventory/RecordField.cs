using System;

namespace DrAudit.Core.Loading.Inventory
{
    /// <summary>One field of an inventory record: its name as written, whether it must be given, and how a raw
    /// value is converted onto the record (reporting any problem).</summary>
    internal sealed class RecordField<T>
    {
        public RecordField(string name, bool required, Action<T, RawValue, FieldSite, ProblemCollector> assign)
        {
            Name = name;
            Required = required;
            Assign = assign;
        }

        public string Name { get; }
        public bool Required { get; }
        public Action<T, RawValue, FieldSite, ProblemCollector> Assign { get; }
    }
}
