namespace DrAudit.Core.Catalogue
{
    /// <summary>One entry of the control catalogue (Catalogue/controls.yaml).</summary>
    public sealed class ControlDefinition
    {
        public string Id { get; set; } = "";
        public ControlFamily Family { get; set; }
        /// <summary>Essential Eight maturity level 1-3; null for DR controls.</summary>
        public int? Level { get; set; }
        /// <summary>ISM control reference, e.g. "ISM-1511"; null for DR controls.</summary>
        public string? Ism { get; set; }
        public ControlScope Scope { get; set; }
        public string Title { get; set; } = "";
        /// <summary>What is judged, in one line (from controls.md's "judged from").</summary>
        public string JudgedFrom { get; set; } = "";
        /// <summary>Why it matters, for a business reader.</summary>
        public string Rationale { get; set; } = "";
        /// <summary>What to do when it is not met.</summary>
        public string Remediation { get; set; } = "";
    }
}
