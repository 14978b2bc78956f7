using System;

namespace DrAudit.Core.Packs.Excel
{
    /// <summary>One column of a table sheet: its header, how its cells hold values, and the value of a row.</summary>
    internal sealed class Column<T>
    {
        public Column(string header, CellKind kind, Func<T, object?> value)
        {
            Header = header;
            Kind = kind;
            Value = value;
        }

        public string Header { get; }
        public CellKind Kind { get; }
        public Func<T, object?> Value { get; }
    }
}
