using System.Collections.Generic;

namespace DrAudit.Core.Loading.Inventory
{
    /// <summary>A value as found in a JSON document, CSV cell or YAML scalar, before conversion to a field's type
    /// (<see cref="InventoryValues"/> converts it, whatever format it came from).</summary>
    internal readonly struct RawValue
    {
        private RawValue(RawValueKind kind, string? text, bool boolean, long integer, IReadOnlyList<RawValue>? items)
        {
            Kind = kind;
            Text = text;
            Boolean = boolean;
            Integer = integer;
            Items = items;
        }

        public RawValueKind Kind { get; }
        public string? Text { get; }
        public bool Boolean { get; }
        public long Integer { get; }
        /// <summary>The entries of an array; null for a JSON array whose entries were consumed by the reader.</summary>
        public IReadOnlyList<RawValue>? Items { get; }

        public bool IsGiven => Kind != RawValueKind.Absent;

        public static readonly RawValue Absent = default;

        public static readonly RawValue Object = new RawValue(RawValueKind.Object, null, false, 0, null);

        public static readonly RawValue Number = new RawValue(RawValueKind.Number, null, false, 0, null);

        /// <summary>A JSON string; empty text is not given.</summary>
        public static RawValue FromString(string? text) =>
            string.IsNullOrEmpty(text) ? Absent : new RawValue(RawValueKind.String, text, false, 0, null);

        /// <summary>A CSV cell or YAML scalar; empty text is not given.</summary>
        public static RawValue FromCell(string? text) =>
            string.IsNullOrEmpty(text) ? Absent : new RawValue(RawValueKind.Cell, text, false, 0, null);

        public static RawValue FromBoolean(bool value) => new RawValue(RawValueKind.Boolean, null, value, 0, null);

        public static RawValue FromInteger(long value) => new RawValue(RawValueKind.Integer, null, false, value, null);

        public static RawValue FromArray(IReadOnlyList<RawValue>? items) => new RawValue(RawValueKind.Array, null, false, 0, items);

        /// <summary>How the value looked, for messages: "a string", "a number", "a list".</summary>
        public string Describe()
        {
            switch (Kind)
            {
                case RawValueKind.Absent: return "nothing";
                case RawValueKind.String: return "a string";
                case RawValueKind.Cell: return ProblemText.Quote(Text!);
                case RawValueKind.Boolean: return Boolean ? "true" : "false";
                case RawValueKind.Integer:
                case RawValueKind.Number: return "a number";
                case RawValueKind.Array: return "a list";
                default: return "an object";
            }
        }
    }
}
