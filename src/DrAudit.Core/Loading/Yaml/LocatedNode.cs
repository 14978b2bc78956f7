namespace DrAudit.Core.Loading.Yaml
{
    /// <summary>A YAML node with the 1-based line and column where it starts.</summary>
    public abstract class LocatedNode
    {
        protected LocatedNode(int line, int column)
        {
            Line = line;
            Column = column;
        }

        public int Line { get; }
        public int Column { get; }

        /// <summary>True when the node sits under a key that may hold a secret: its text is never shown in a message.</summary>
        public bool Sensitive { get; private set; }

        /// <summary>What kind of node this is, for messages: "text", "a list", "a mapping".</summary>
        public abstract string Description { get; }

        /// <summary>Marks this node and everything under it as sensitive.</summary>
        public virtual void MarkSensitive() => Sensitive = true;
    }
}
