namespace DrAudit.Core.Model.Definition
{
    /// <summary>YAML: decision-maker | technical-owner | vendor | communications | escalation | insurer.</summary>
    public enum ContactRole
    {
        DecisionMaker,
        TechnicalOwner,
        Vendor,
        Communications,
        Escalation,
        Insurer,
    }
}
