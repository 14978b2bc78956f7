using DrAudit.Core.Evaluation.Rules.Access;

namespace DrAudit.Core.Evaluation.Rules
{
    /// <summary>E8-RB-07: privileged accounts other than backup administrators cannot access other accounts' backups (ISM-1705).</summary>
    public sealed class E8Rb07PrivilegedCannotAccessOthersRule : AccessStatementRule
    {
        public E8Rb07PrivilegedCannotAccessOthersRule()
            : base("E8-RB-07", "privilegedCannotAccessOthers", a => a.PrivilegedCannotAccessOthers,
                "privileged accounts other than backup administrators cannot access other accounts' backups",
                "privileged accounts other than backup administrators can access other accounts' backups")
        {
        }
    }
}
