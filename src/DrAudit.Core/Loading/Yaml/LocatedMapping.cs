using System.Collections.Generic;

namespace DrAudit.Core.Loading.Yaml
{
    /// <summary>A mapping with its entries in the order written; duplicate keys are kept so they can be reported.</summary>
    public sealed class LocatedMapping : LocatedNode
    {
        public LocatedMapping(int line, int column) : base(line, column)
        {
            Entries = new List<KeyValuePair<LocatedNode, LocatedNode>>();
        }

        /// <param name="capacity">How many entries the mapping will hold.</param>
        public LocatedMapping(int line, int column, int capacity) : base(line, column)
        {
            Entries = new List<KeyValuePair<LocatedNode, LocatedNode>>(capacity);
        }

        public List<KeyValuePair<LocatedNode, LocatedNode>> Entries { get; }

        public override string Description => "a mapping";

        public override void MarkSensitive()
        {
            base.MarkSensitive();
            foreach (var entry in Entries)
            {
                entry.Key.MarkSensitive();
                entry.Value.MarkSensitive();
            }
        }
    }
}
