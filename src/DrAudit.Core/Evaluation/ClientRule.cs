namespace DrAudit.Core.Evaluation
{
    /// <summary>A control judged once for the client (e.g. access statements, DR-07, DR-11). Its result has an
    /// empty services list; DR client rules still count towards every service's DR readiness.</summary>
    public abstract class ClientRule : IControlRule
    {
        public abstract string ControlId { get; }

        public abstract Judgement Judge(AuditContext audit);

        /// <summary>The cause of every non-Effective judgement of this control, for rules whose gaps all have one
        /// cause; null when the judgement names its own causes.</summary>
        public virtual Causes.CauseReference? CauseOf(AuditContext audit) => null;
    }
}
