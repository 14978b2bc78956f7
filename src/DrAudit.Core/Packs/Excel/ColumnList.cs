using System;
using System.Collections.Generic;

namespace DrAudit.Core.Packs.Excel
{
    /// <summary>A sheet's columns, declared one line each: <c>new ColumnList&lt;Finding&gt;().Text("Key", f =&gt; f.Key)</c>.</summary>
    internal sealed class ColumnList<T> : List<Column<T>>
    {
        public ColumnList<T> Text(string header, Func<T, string?> value) => Add(header, CellKind.Text, value);
        public ColumnList<T> Outcome(string header, Func<T, string?> value) => Add(header, CellKind.Outcome, value);
        public ColumnList<T> Number(string header, Func<T, double?> value) => Add(header, CellKind.Number, t => value(t));
        public ColumnList<T> Integer(string header, Func<T, long?> value) => Add(header, CellKind.Integer, t => value(t));
        public ColumnList<T> Boolean(string header, Func<T, bool?> value) => Add(header, CellKind.Boolean, t => value(t));
        public ColumnList<T> DateTime(string header, Func<T, DateTimeOffset?> value) => Add(header, CellKind.DateTime, t => value(t));
        public ColumnList<T> Date(string header, Func<T, DateTimeOffset?> value) => Add(header, CellKind.Date, t => value(t));

        private ColumnList<T> Add(string header, CellKind kind, Func<T, object?> value)
        {
            Add(new Column<T>(header, kind, value));
            return this;
        }
    }
}
