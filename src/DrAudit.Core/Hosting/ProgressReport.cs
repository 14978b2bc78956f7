namespace DrAudit.Core.Hosting
{
    /// <summary>One progress update. <see cref="PercentComplete"/> is -1 when unknown; <see cref="Completed"/> ends the bar.</summary>
    public sealed class ProgressReport
    {
        public ProgressReport(int activityId, string activity, string status, int percentComplete = -1, bool completed = false, int parentActivityId = -1)
        {
            ActivityId = activityId;
            Activity = activity;
            Status = status;
            PercentComplete = percentComplete;
            Completed = completed;
            ParentActivityId = parentActivityId;
        }

        public int ActivityId { get; }
        public string Activity { get; }
        public string Status { get; }
        public int PercentComplete { get; }
        public bool Completed { get; }
        public int ParentActivityId { get; }
    }
}
