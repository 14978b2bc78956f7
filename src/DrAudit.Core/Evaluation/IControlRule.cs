namespace DrAudit.Core.Evaluation
{
    /// <summary>Judges one control of the catalogue. Implementations are found by reflection
    /// (<see cref="ControlRules"/>); each catalogue id has exactly one rule.</summary>
    public interface IControlRule
    {
        /// <summary>The catalogue id, e.g. "E8-RB-01" or "DR-03".</summary>
        string ControlId { get; }
    }
}
