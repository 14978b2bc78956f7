using DrAudit.Core.Evaluation.Rules.Access;

namespace DrAudit.Core.Evaluation.Rules
{
    /// <summary>E8-RB-06: unprivileged accounts cannot modify or delete backups (ISM-1814).</summary>
    public sealed class E8Rb06UnprivilegedCannotModifyRule : AccessStatementRule
    {
        public E8Rb06UnprivilegedCannotModifyRule()
            : base("E8-RB-06", "unprivilegedCannotModify", a => a.UnprivilegedCannotModify,
                "unprivileged accounts cannot modify or delete backups",
                "unprivileged accounts can modify or delete backups")
        {
        }
    }
}
