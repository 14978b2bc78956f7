using System;
using System.Collections.Generic;
using DrAudit.Core.Model.Definition;

namespace DrAudit.Core.Evaluation.Rules.Support
{
    /// <summary>A component verdict that keeps the facts it rests on and words them only when read: its clause when a
    /// statement quotes it, its evidence lines when the judgement keeps them.</summary>
    internal sealed class WordedComponentVerdict<TFacts> : ComponentVerdict
    {
        private readonly TFacts _facts;
        private readonly Func<TFacts, string> _detail;
        private readonly Func<TFacts, IEnumerable<string>> _evidence;

        public WordedComponentVerdict(Component component, ComponentState state, double weight, TFacts facts,
            Func<TFacts, string> detail, Func<TFacts, IEnumerable<string>> evidence)
            : base(component, state, weight)
        {
            _facts = facts;
            _detail = detail;
            _evidence = evidence;
        }

        private protected override string WordDetail() => _detail(_facts);

        private protected override IEnumerable<string> ListEvidence() => _evidence(_facts);
    }
}
