namespace DrAudit.Core.Loading.Yaml
{
    /// <summary>A scalar as written (no type conversion), and whether it was a plain (unquoted) scalar.</summary>
    public sealed class LocatedScalar : LocatedNode
    {
        public LocatedScalar(string value, bool plain, int line, int column) : base(line, column)
        {
            Value = value;
            Plain = plain;
        }

        public string Value { get; }
        public bool Plain { get; }

        /// <summary>An empty plain scalar, <c>~</c> or <c>null</c>: the key has no value.</summary>
        public bool IsNull => Plain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");

        public override string Description => IsNull ? "nothing" : "text";
    }
}
