using DrAudit.Core.Evaluation.Rules.Access;

namespace DrAudit.Core.Evaluation.Rules
{
    /// <summary>E8-RB-05: unprivileged accounts cannot access other accounts' backups (ISM-1812).</summary>
    public sealed class E8Rb05UnprivilegedCannotAccessOthersRule : AccessStatementRule
    {
        public E8Rb05UnprivilegedCannotAccessOthersRule()
            : base("E8-RB-05", "unprivilegedCannotAccessOthers", a => a.UnprivilegedCannotAccessOthers,
                "unprivileged accounts cannot access other accounts' backups",
                "unprivileged accounts can access other accounts' backups")
        {
        }
    }
}
