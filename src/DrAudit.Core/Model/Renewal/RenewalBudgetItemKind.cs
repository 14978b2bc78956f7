namespace DrAudit.Core.Model.Renewal
{
    public enum RenewalBudgetItemKind
    {
        /// <summary>A root cause still open at the end of the period.</summary>
        OpenRootCause,
        /// <summary>An approval, attestation or exception that expired or falls due in the coming year.</summary>
        Renewal,
    }
}
