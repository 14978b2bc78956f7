namespace DrAudit.Core.Model.Renewal
{
    /// <summary>What kind of dated commitment of the client falls due.</summary>
    public enum RenewalCommitmentKind
    {
        /// <summary>A service's recovery targets, approved by the business (yearly: DR-01).</summary>
        TargetsApproval,
        /// <summary>The statement of who can reach and change backups (renewed yearly).</summary>
        AccessAttestation,
        /// <summary>Facts about a backup repository the source does not report (count for 365 days).</summary>
        RepositoryAttestation,
        /// <summary>An accepted risk, until its expiry date.</summary>
        Exception,
        /// <summary>The recovery plan's review (yearly: DR-11).</summary>
        RecoveryPlanReview,
        /// <summary>The test of the break-glass credentials (yearly: DR-07).</summary>
        BreakGlassTest,
    }
}
