namespace DrAudit.Core.Comparison
{
    /// <summary>What became of a finding between an older and a newer audit, matched by its stable key.</summary>
    public enum FindingChangeKind
    {
        /// <summary>Only the newer audit has it.</summary>
        New,
        /// <summary>Both audits have it.</summary>
        StillOpen,
        /// <summary>Only the older audit had it.</summary>
        Resolved,
    }
}
