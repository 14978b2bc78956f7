namespace DrAudit.Core.Evaluation
{
    /// <summary>A control judged once for the client (e.g. access statements, DR-07, DR-11). Its result has an
    /// empty services list; DR client rules still count towards every service's DR readiness.</summary>
    public abstract class ClientRule : IControlRule
    {
        public abstract string ControlId { get; }

        public abstract Judgement Judge(AuditContext audit);
    }
}
