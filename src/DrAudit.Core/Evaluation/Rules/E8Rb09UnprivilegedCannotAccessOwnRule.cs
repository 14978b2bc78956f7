using DrAudit.Core.Evaluation.Rules.Access;

namespace DrAudit.Core.Evaluation.Rules
{
    /// <summary>E8-RB-09: unprivileged accounts cannot access their own backups (ISM-1813).</summary>
    public sealed class E8Rb09UnprivilegedCannotAccessOwnRule : AccessStatementRule
    {
        public E8Rb09UnprivilegedCannotAccessOwnRule()
            : base("E8-RB-09", "unprivilegedCannotAccessOwn", a => a.UnprivilegedCannotAccessOwn,
                "unprivileged accounts cannot access their own backups",
                "unprivileged accounts can access their own backups")
        {
        }
    }
}
