using DrAudit.Core.Evaluation.Rules.Access;

namespace DrAudit.Core.Evaluation.Rules
{
    /// <summary>E8-RB-08: privileged accounts other than backup administrators cannot modify or delete backups (ISM-1707).</summary>
    public sealed class E8Rb08PrivilegedCannotModifyRule : AccessStatementRule
    {
        public E8Rb08PrivilegedCannotModifyRule()
            : base("E8-RB-08", "privilegedCannotModify", a => a.PrivilegedCannotModify,
                "privileged accounts other than backup administrators cannot modify or delete backups",
                "privileged accounts other than backup administrators can modify or delete backups")
        {
        }
    }
}
