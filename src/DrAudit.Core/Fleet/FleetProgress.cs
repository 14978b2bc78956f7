using System.Globalization;
using DrAudit.Core.Hosting;

namespace DrAudit.Core.Fleet
{
    /// <summary>The progress bars of a fleet run: one for the whole run (clients done of total, failed so far) and one per
    /// running client, below it. A client's bar shows what its audit is doing.</summary>
    public static class FleetProgress
    {
        public const int RunActivityId = 10;
        public const string RunActivity = "Auditing clients";
        /// <summary>Client bars use this id plus the worker's slot (0 .. throttle limit - 1).</summary>
        public const int ClientActivityBaseId = 11;

        public static ProgressReport Run(int done, int failed, int total) =>
            new ProgressReport(RunActivityId, RunActivity,
                string.Format(CultureInfo.InvariantCulture, "{0} of {1} clients done, {2} failed", done, total, failed),
                total == 0 ? 100 : done * 100 / total);

        public static ProgressReport RunCompleted() => new ProgressReport(RunActivityId, RunActivity, "done", 100, completed: true);

        public static ProgressReport Client(int slot, int index, int total, string label, string status) =>
            new ProgressReport(ClientActivityBaseId + slot,
                string.Format(CultureInfo.InvariantCulture, "Client {0} of {1}: {2}", index + 1, total, label),
                status, -1, parentActivityId: RunActivityId);

        public static ProgressReport ClientCompleted(int slot, string label) =>
            new ProgressReport(ClientActivityBaseId + slot, label, "done", 100, completed: true, parentActivityId: RunActivityId);
    }
}
