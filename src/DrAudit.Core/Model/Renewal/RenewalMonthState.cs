namespace DrAudit.Core.Model.Renewal
{
    /// <summary>Whether a month of the period was audited.</summary>
    public enum RenewalMonthState
    {
        /// <summary>A verified, complete pack of the month.</summary>
        Audited,
        /// <summary>The month's verified pack is incomplete (a source could not be read): not fully audited.</summary>
        Incomplete,
        /// <summary>Packs exist, but none can be used (changed after writing, another client, unreadable).</summary>
        NotUsable,
        /// <summary>No pack at all.</summary>
        NoPack,
    }
}
