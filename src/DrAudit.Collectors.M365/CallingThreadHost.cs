using System;
using System.Collections.Concurrent;
using System.Threading.Tasks;
using DrAudit.Core.Hosting;

namespace DrAudit.Collectors.M365
{
    /// <summary>Runs the asynchronous Graph read on the thread pool while delivering everything it tells the host
    /// (verbose, warnings such as the device code, progress) on the thread that called the collector: a cmdlet may only
    /// write from its own pipeline thread. Messages sent after the read finished are dropped.</summary>
    internal sealed class CallingThreadHost : IAuditHost
    {
        private readonly IAuditHost _host;
        private readonly int _callingThread = Environment.CurrentManagedThreadId;
        private readonly BlockingCollection<Action> _pending = new BlockingCollection<Action>();

        public CallingThreadHost(IAuditHost host)
        {
            _host = host ?? throw new ArgumentNullException(nameof(host));
        }

        public void WriteVerbose(string message) => Deliver(() => _host.WriteVerbose(message));

        public void WriteWarning(string message) => Deliver(() => _host.WriteWarning(message));

        public void WriteProgress(ProgressReport progress) => Deliver(() => _host.WriteProgress(progress));

        /// <summary>Asked from the read, waits for the calling thread's answer; false once the read is over.</summary>
        public bool ShouldProcess(string target, string action)
        {
            if (Environment.CurrentManagedThreadId == _callingThread) return _host.ShouldProcess(target, action);
            var answer = new TaskCompletionSource<bool>();
            if (!TryPost(() =>
            {
                try
                {
                    answer.SetResult(_host.ShouldProcess(target, action));
                }
                catch (Exception e)
                {
                    answer.SetException(e);
                    throw;
                }
            })) return false;
            return answer.Task.GetAwaiter().GetResult();
        }

        /// <summary>Starts <paramref name="read"/> on the thread pool and delivers its messages on this thread until it ends.</summary>
        public T Run<T>(Func<Task<T>> read)
        {
            if (Environment.CurrentManagedThreadId != _callingThread) throw new InvalidOperationException("Run must be called on the thread that created the host.");
            var task = Task.Run(read);
            task.ContinueWith(_ => _pending.CompleteAdding(), TaskScheduler.Default);
            foreach (var action in _pending.GetConsumingEnumerable()) action();
            return task.GetAwaiter().GetResult();
        }

        private void Deliver(Action action)
        {
            if (Environment.CurrentManagedThreadId == _callingThread) action();
            else TryPost(action);
        }

        private bool TryPost(Action action)
        {
            try
            {
                return _pending.TryAdd(action);
            }
            catch (InvalidOperationException)
            {
                // The read has finished and nobody delivers any more.
                return false;
            }
        }
    }
}
