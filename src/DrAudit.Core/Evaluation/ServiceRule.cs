namespace DrAudit.Core.Evaluation
{
    /// <summary>A control judged per service; the client outcome is the worst of the services'.</summary>
    public abstract class ServiceRule : IControlRule
    {
        public abstract string ControlId { get; }

        public abstract Judgement Judge(ServiceContext service);

        /// <summary>The cause of every non-Effective judgement of this control for the service, for rules whose gaps
        /// all have one cause (e.g. "the service's restore testing"); null when the judgement names its own causes.</summary>
        public virtual Causes.CauseReference? CauseOf(ServiceContext service) => null;
    }
}
