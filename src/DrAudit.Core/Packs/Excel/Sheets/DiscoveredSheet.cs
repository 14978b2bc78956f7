using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Packs.Excel.Sheets
{
    /// <summary>Every workload the sources discovered in their environment (v1.1, DR-16), protected or not, and by
    /// what: the jobs that back it up, the components and services that name it, or the accountedFor entry that
    /// covers it. Empty when no source enumerates its environment.</summary>
    internal static class DiscoveredSheet
    {
        public const string Name = "Discovered";

        public static TableSheet Build(WorkbookData data) =>
            TableSheet.Of(Name, "Discovered", data.Result.Discovered, new ColumnList<DiscoveredWorkloadStatus>()
                .Text("Source", w => w.Source)
                .Text("Workload", w => w.Object)
                .Text("Kind", w => w.Kind)
                .Text("Platform", w => w.Platform)
                .Text("Status", w => StatusWords(w))
                .Text("Backed up by (jobs)", w => string.Join(", ", w.Jobs))
                .Text("Components", w => string.Join(", ", w.Components))
                .Text("Services", w => string.Join(", ", w.Services))
                .Text("Accounted for: reason", w => w.AccountedForReason)
                .Text("Accepted by", w => w.AccountedForBy)
                .Date("Accepted on", w => w.AccountedForOn));

        /// <summary>"protected", "protected, in no service", "named by a component, no backup job", "accounted for", "unaccounted for".</summary>
        public static string StatusWords(DiscoveredWorkloadStatus w)
        {
            switch (w.Status)
            {
                case DiscoveredWorkloadStatus.Protected: return w.InNoService ? "protected, in no service" : "protected";
                case DiscoveredWorkloadStatus.Named: return "named by a component, no backup job";
                case DiscoveredWorkloadStatus.AccountedFor: return "accounted for";
                default: return "unaccounted for";
            }
        }
    }
}
