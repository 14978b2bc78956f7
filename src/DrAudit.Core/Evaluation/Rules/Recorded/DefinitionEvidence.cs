using System;
using System.IO;

namespace DrAudit.Core.Evaluation.Rules.Recorded
{
    /// <summary>Evidence lines for statements read from the client definition, e.g.
    /// "client.yaml: services[payroll].workaround: Paper timesheets".</summary>
    public static class DefinitionEvidence
    {
        /// <summary>The file name a record came from ("client.yaml"); a source id stays as it is.</summary>
        public static string Origin(string? pathOrSource) =>
            string.IsNullOrWhiteSpace(pathOrSource) ? "client definition" : Path.GetFileName(pathOrSource!.TrimEnd('/', '\\'));

        public static string Line(AuditContext audit, string record) =>
            Origin(audit.Definition.FilePath) + ": " + record;
    }
}
