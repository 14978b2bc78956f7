using DrAudit.Core.Model.Result;
using DrAudit.Core.Packs.Html;

namespace DrAudit.Core.Packs
{
    /// <summary>
    /// What a pack file says about a source that could not be read. A source's error is written for the engineer
    /// (which environment variable, parameter or client.yaml key would give it a credential, the server's own
    /// message); that belongs to the console, the verbose stream and the Internal audience. A client-facing file
    /// (the Client audience, the default) says only that the source's evidence is missing: report.html and
    /// evidence.xlsx never tell the client how to set a credential.
    /// </summary>
    public static class SourceErrorText
    {
        public const string EvidenceMissing = "Its evidence is missing from this audit.";

        public static string For(SourceStatus source, ReportAudience audience) =>
            audience == ReportAudience.Internal ? source.Error ?? ""
            : source.Status == SourceState.Ok ? ""
            : EvidenceMissing;
    }
}
