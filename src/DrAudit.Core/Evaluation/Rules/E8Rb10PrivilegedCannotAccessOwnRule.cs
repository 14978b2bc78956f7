using DrAudit.Core.Evaluation.Rules.Access;

namespace DrAudit.Core.Evaluation.Rules
{
    /// <summary>E8-RB-10: privileged accounts other than backup administrators cannot access their own backups (ISM-1706).</summary>
    public sealed class E8Rb10PrivilegedCannotAccessOwnRule : AccessStatementRule
    {
        public E8Rb10PrivilegedCannotAccessOwnRule()
            : base("E8-RB-10", "privilegedCannotAccessOwn", a => a.PrivilegedCannotAccessOwn,
                "privileged accounts other than backup administrators cannot access their own backups",
                "privileged accounts other than backup administrators can access their own backups")
        {
        }
    }
}
