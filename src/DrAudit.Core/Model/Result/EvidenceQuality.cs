namespace DrAudit.Core.Model.Result
{
    /// <summary>How strong evidence is, declared from weakest to strongest: Poor (attested statement), Fair (export,
    /// capture or report), Good (live configuration read from the system), Excellent (a simulated test).</summary>
    public enum EvidenceQuality
    {
        Poor = 0,
        Fair = 1,
        Good = 2,
        Excellent = 3,
    }
}
