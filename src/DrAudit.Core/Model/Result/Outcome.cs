namespace DrAudit.Core.Model.Result
{
    /// <summary>A control outcome, declared from worst to best (controls.md). Compare with <see cref="Outcomes.Worst"/>.</summary>
    public enum Outcome
    {
        Ineffective = 0,
        NoVisibility = 1,
        NotImplemented = 2,
        AlternateControl = 3,
        Effective = 4,
        NotApplicable = 5,
    }
}
