namespace DrAudit.Core.Loading.Inventory
{
    /// <summary>What shape a value had in the file, before it is converted to a field's type.</summary>
    internal enum RawValueKind
    {
        /// <summary>Not given: a JSON null, an empty string, an empty CSV cell or YAML scalar.</summary>
        Absent,
        /// <summary>A JSON string: text only, never a boolean or number.</summary>
        String,
        /// <summary>An untyped text (CSV cell, YAML scalar): may spell a boolean, number or list.</summary>
        Cell,
        Boolean,
        Integer,
        /// <summary>A number that is not a 64-bit integer.</summary>
        Number,
        Array,
        Object,
    }
}
