namespace DrAudit.Core.Evaluation
{
    /// <summary>A control judged per service; the client outcome is the worst of the services'.</summary>
    public abstract class ServiceRule : IControlRule
    {
        public abstract string ControlId { get; }

        public abstract Judgement Judge(ServiceContext service);
    }
}
