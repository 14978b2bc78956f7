namespace DrAudit.Core.Evaluation.Rules.Support
{
    /// <summary>What the evidence says about one component for one control.</summary>
    public enum ComponentState
    {
        /// <summary>The evidence shows the component fails the requirement.</summary>
        NotMet,
        /// <summary>The evidence needed could not be had (a failed source, or a fact the source does not state).</summary>
        Unknown,
        /// <summary>The evidence shows the component meets the requirement.</summary>
        Met,
    }
}
