namespace DrAudit.Core.Model.Renewal
{
    public enum RenewalCommitmentStatus
    {
        /// <summary>Due on or before the end of the period, or never given.</summary>
        Expired,
        /// <summary>Due within a year after the period.</summary>
        DueInComingYear,
        /// <summary>Due later than that.</summary>
        Current,
    }
}
