namespace DrAudit.Core.Onboarding
{
    /// <summary>A workload a source can see that no enabled job protects and no restore point names: listed in the draft
    /// for a decision (protect it, or record it under accountedFor), never decided by the draft.</summary>
    public sealed class UndecidedWorkload
    {
        public string Source { get; set; } = "";
        public string Object { get; set; } = "";
        /// <summary>The inventory's workload kind in kebab case ("vm"), or null when only a disabled job names it.</summary>
        public string? Kind { get; set; }
        public string? Platform { get; set; }
        /// <summary>The disabled job that names it, when one does.</summary>
        public string? DisabledJob { get; set; }
    }
}
