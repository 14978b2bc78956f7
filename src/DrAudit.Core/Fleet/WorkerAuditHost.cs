using System;
using DrAudit.Core.Hosting;

namespace DrAudit.Core.Fleet
{
    /// <summary>
    /// The host a fleet worker thread audits one client with. It never calls the real host: every message is posted
    /// to the fleet run, which passes it on from the caller's own thread (a cmdlet may write only from its pipeline
    /// thread). Messages name the client; the audit's own progress becomes the status of the client's bar. Writes are
    /// always allowed: the run asked ShouldProcess once, before any worker started.
    /// </summary>
    internal sealed class WorkerAuditHost : IAuditHost
    {
        private readonly Action<Action<IAuditHost>> _post;
        private readonly string _label;
        private readonly Func<string, ProgressReport> _clientBar;

        public WorkerAuditHost(Action<Action<IAuditHost>> post, string label, Func<string, ProgressReport> clientBar)
        {
            _post = post;
            _label = label;
            _clientBar = clientBar;
        }

        public void WriteVerbose(string message) => _post(host => host.WriteVerbose(_label + ": " + message));

        public void WriteWarning(string message) => _post(host => host.WriteWarning(_label + ": " + message));

        public void WriteProgress(ProgressReport progress)
        {
            if (progress.Completed) return;
            var bar = _clientBar(progress.Activity + ": " + progress.Status);
            _post(host => host.WriteProgress(bar));
        }

        public bool ShouldProcess(string target, string action) => true;
    }
}
