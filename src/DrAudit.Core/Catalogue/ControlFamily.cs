namespace DrAudit.Core.Catalogue
{
    public enum ControlFamily
    {
        /// <summary>Essential Eight, Regular backups: decides the maturity level.</summary>
        EssentialEight,
        /// <summary>DR readiness: scored on its own, never changes the maturity level.</summary>
        DrReadiness,
    }
}
