using System;
using System.Collections.Concurrent;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace DrAudit.Core.Sources.Http
{
    /// <summary>Sends requests to a live system one at a time, for a caller that waits, through a
    /// <see cref="RetryingHandler"/>: a timeout on every attempt, retries with backoff (honouring Retry-After,
    /// fractional seconds too) on 429, 5xx, timeouts and dropped connections, and cancellation at any point. Failures
    /// are <see cref="HttpSourceException"/>s fit for a report.</summary>
    public sealed class ResilientHttpSender : IDisposable
    {
        private readonly RetryingHandler _retrying;
        private readonly HttpClient _client;

        /// <param name="handler">The handler to send through (disposed with this sender).</param>
        /// <param name="certificates">The check the handler validates TLS with, to explain a refused certificate.</param>
        public ResilientHttpSender(HttpMessageHandler handler, ServerCertificateCheck? certificates, TimeSpan timeout, RetryPolicy retry)
        {
            _retrying = new RetryingHandler(handler ?? throw new ArgumentNullException(nameof(handler)), retry ?? RetryPolicy.Default, timeout, certificates);
            _client = new HttpClient(_retrying, disposeHandler: true)
            {
                Timeout = System.Threading.Timeout.InfiniteTimeSpan,
            };
        }

        /// <summary>A sender for <paramref name="pin"/> (null: only certificates the machine trusts).</summary>
        public static ResilientHttpSender Create(CertificateThumbprint? pin, TimeSpan timeout, RetryPolicy retry)
        {
            var check = new ServerCertificateCheck(pin);
            return new ResilientHttpSender(check.CreateHandler(), check, timeout, retry);
        }

        public TimeSpan Timeout => _retrying.Timeout;
        public RetryPolicy Retry => _retrying.Retry;
        /// <summary>"Now", for HTTP-date Retry-After values.</summary>
        public Func<DateTimeOffset> Clock
        {
            get => _retrying.Clock;
            set => _retrying.Clock = value;
        }
        /// <summary>Called on the caller's thread before each wait, e.g. to tell the user the server is throttling.</summary>
        public Action<string>? OnRetry { get; set; }

        /// <summary>Sends the request <paramref name="create"/> builds (once; every attempt sends a copy of it) and
        /// returns the first response that is not worth retrying (success, or a client error other than 429). Throws
        /// <see cref="HttpSourceException"/> when retries run out, <see cref="OperationCanceledException"/> on cancellation.
        /// With <paramref name="retry"/> false the first answer or failure decides (e.g. a best-effort logout).</summary>
        public HttpResponseMessage Send(Func<HttpRequestMessage> create, string what, CancellationToken cancellation, bool retry = true)
        {
            if (create == null) throw new ArgumentNullException(nameof(create));
            cancellation.ThrowIfCancellationRequested();
            var request = create();
            RetryingHandler.Describe(request, what);
            if (!retry) RetryingHandler.SendOnce(request);
            // The handler waits on the thread pool; its retry messages are delivered here, on the caller's thread
            // (a cmdlet may only write from its own pipeline thread).
            var retries = new BlockingCollection<string>();
            _retrying.OnRetry = retries.Add;
            var sending = _client.SendAsync(request, cancellation);
            sending.ContinueWith(_ => retries.CompleteAdding(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            foreach (var message in retries.GetConsumingEnumerable()) OnRetry?.Invoke(message);
            return sending.GetAwaiter().GetResult();
        }

        public void Dispose() => _client.Dispose();
    }
}
