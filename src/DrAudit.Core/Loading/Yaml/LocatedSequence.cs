using System.Collections.Generic;

namespace DrAudit.Core.Loading.Yaml
{
    public sealed class LocatedSequence : LocatedNode
    {
        public LocatedSequence(int line, int column) : base(line, column)
        {
            Items = new List<LocatedNode>();
        }

        /// <param name="capacity">How many items the list will hold.</param>
        public LocatedSequence(int line, int column, int capacity) : base(line, column)
        {
            Items = new List<LocatedNode>(capacity);
        }

        public List<LocatedNode> Items { get; }

        public override string Description => "a list";

        public override void MarkSensitive()
        {
            base.MarkSensitive();
            foreach (var item in Items) item.MarkSensitive();
        }
    }
}
