namespace DrAudit.Core.Catalogue
{
    public enum ControlScope
    {
        /// <summary>Judged per service; the client outcome is the worst of the services'.</summary>
        Service,
        /// <summary>Judged once for the client; empty services list in the result.</summary>
        Client,
        /// <summary>Judged once for the client about the environment as a whole (DR-16, what no service names):
        /// empty services list, reported beside service readiness and never counted in it.</summary>
        Environment,
    }
}
