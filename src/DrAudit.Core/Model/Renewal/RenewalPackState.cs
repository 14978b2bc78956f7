namespace DrAudit.Core.Model.Renewal
{
    /// <summary>What the renewal made of one dated pack found in the client's folder.</summary>
    public enum RenewalPackState
    {
        /// <summary>Verified against its manifest (and signature), this client's: its figures are the month's.</summary>
        Used,
        /// <summary>Verified and this client's, but a later pack of the same month is used instead.</summary>
        Superseded,
        /// <summary>A file changed, went missing or was added after the pack was written, or its signature does not
        /// match: its figures are not used.</summary>
        Tampered,
        /// <summary>The pack is for another client id: shown, never used.</summary>
        OtherClient,
        /// <summary>No manifest, or a readiness result that cannot be read: not a pack the renewal can use.</summary>
        Unreadable,
    }
}
