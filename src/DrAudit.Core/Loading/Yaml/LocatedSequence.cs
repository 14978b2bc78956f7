using System.Collections.Generic;

namespace DrAudit.Core.Loading.Yaml
{
    public sealed class LocatedSequence : LocatedNode
    {
        public LocatedSequence(int line, int column) : base(line, column) { }

        public List<LocatedNode> Items { get; } = new List<LocatedNode>();

        public override string Description => "a list";

        public override void MarkSensitive()
        {
            base.MarkSensitive();
            foreach (var item in Items) item.MarkSensitive();
        }
    }
}
