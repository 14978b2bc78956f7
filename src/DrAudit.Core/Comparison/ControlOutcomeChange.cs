using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Comparison
{
    /// <summary>A control whose outcome differs between two audits, for the client (<see cref="Service"/> null) or for
    /// one service. Before or After is null when the control or service is only in one of the audits.</summary>
    public sealed class ControlOutcomeChange
    {
        public string Control { get; set; } = "";
        public string? Service { get; set; }
        public Outcome? Before { get; set; }
        public Outcome? After { get; set; }
    }
}
