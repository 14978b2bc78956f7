namespace DrAudit.Core.Catalogue
{
    public enum ControlScope
    {
        /// <summary>Judged per service; the client outcome is the worst of the services'.</summary>
        Service,
        /// <summary>Judged once for the client; empty services list in the result.</summary>
        Client,
    }
}
