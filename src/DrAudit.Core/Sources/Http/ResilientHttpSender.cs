using System;
using System.Globalization;
using System.Net.Http;
using System.Threading;

namespace DrAudit.Core.Sources.Http
{
    /// <summary>Sends requests to a live system one at a time, on the caller's thread: a timeout on every attempt,
    /// retries with backoff (honouring Retry-After, fractional seconds too) on 429, 5xx, timeouts and dropped
    /// connections, and cancellation at any point. Failures are <see cref="HttpSourceException"/>s fit for a report.</summary>
    public sealed class ResilientHttpSender : IDisposable
    {
        private readonly HttpClient _client;
        private readonly ServerCertificateCheck? _certificates;

        /// <param name="handler">The handler to send through (disposed with this sender).</param>
        /// <param name="certificates">The check the handler validates TLS with, to explain a refused certificate.</param>
        public ResilientHttpSender(HttpMessageHandler handler, ServerCertificateCheck? certificates, TimeSpan timeout, RetryPolicy retry)
        {
            _client = new HttpClient(handler ?? throw new ArgumentNullException(nameof(handler)), disposeHandler: true)
            {
                Timeout = System.Threading.Timeout.InfiniteTimeSpan,
            };
            _certificates = certificates;
            Timeout = timeout;
            Retry = retry ?? RetryPolicy.Default;
        }

        /// <summary>A sender for <paramref name="pin"/> (null: only certificates the machine trusts).</summary>
        public static ResilientHttpSender Create(CertificateThumbprint? pin, TimeSpan timeout, RetryPolicy retry)
        {
            var check = new ServerCertificateCheck(pin);
            return new ResilientHttpSender(check.CreateHandler(), check, timeout, retry);
        }

        public TimeSpan Timeout { get; }
        public RetryPolicy Retry { get; }
        /// <summary>"Now", for HTTP-date Retry-After values.</summary>
        public Func<DateTimeOffset> Clock { get; set; } = () => DateTimeOffset.UtcNow;
        /// <summary>Called before each wait, e.g. to tell the user the server is throttling.</summary>
        public Action<string>? OnRetry { get; set; }

        /// <summary>Sends the request <paramref name="create"/> builds (called again for every attempt) and returns the
        /// first response that is not worth retrying (success, or a client error other than 429). Throws
        /// <see cref="HttpSourceException"/> when retries run out, <see cref="OperationCanceledException"/> on cancellation.
        /// With <paramref name="retry"/> false the first answer or failure decides (e.g. a best-effort logout).</summary>
        public HttpResponseMessage Send(Func<HttpRequestMessage> create, string what, CancellationToken cancellation, bool retry = true)
        {
            var waited = TimeSpan.Zero;
            for (int attempt = 1; ; attempt++)
            {
                cancellation.ThrowIfCancellationRequested();
                HttpFailureKind kind;
                string reason;
                TimeSpan? retryAfter = null;
                using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation))
                {
                    timeout.CancelAfter(Timeout);
                    try
                    {
                        var response = _client.SendAsync(create(), timeout.Token).GetAwaiter().GetResult();
                        var status = (int)response.StatusCode;
                        if (status != 429 && status < 500) return response;
                        kind = status == 429 || status == 503 ? HttpFailureKind.Throttled : HttpFailureKind.ServerError;
                        reason = "HTTP " + status.ToString(CultureInfo.InvariantCulture) + " " + response.ReasonPhrase;
                        retryAfter = RetryAfterHeader.Read(response, Clock());
                        response.Dispose();
                    }
                    catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
                    {
                        kind = HttpFailureKind.Timeout;
                        reason = "no answer within " + Seconds(Timeout);
                    }
                    catch (HttpRequestException e)
                    {
                        if (_certificates?.Rejection != null)
                            throw new HttpSourceException(HttpFailureKind.CertificateRejected, what + " refused: " + _certificates.Rejection + ".", e);
                        kind = HttpFailureKind.Unreachable;
                        reason = "cannot connect (" + Innermost(e).Message.TrimEnd('.') + ")";
                    }
                }
                var delay = !retry || (kind == HttpFailureKind.Unreachable && attempt > Retry.MaxConnectionRetries) ? null : Retry.NextDelay(attempt, retryAfter, waited);
                if (delay == null)
                {
                    var tries = attempt.ToString(CultureInfo.InvariantCulture) + " attempt" + (attempt == 1 ? "" : "s");
                    var beyond = retry && retryAfter.HasValue && attempt <= Retry.MaxRetries ? "; the server asked to wait " + Seconds(retryAfter.Value) + ", beyond the retry budget of " + Seconds(Retry.Budget) : "";
                    throw new HttpSourceException(kind, what + " failed: " + reason + " after " + tries + beyond + ".");
                }
                OnRetry?.Invoke(what + ": " + reason + "; retrying in " + Seconds(delay.Value) + ".");
                if (cancellation.WaitHandle.WaitOne(delay.Value)) cancellation.ThrowIfCancellationRequested();
                waited += delay.Value;
            }
        }

        private static Exception Innermost(Exception e)
        {
            while (e.InnerException != null) e = e.InnerException;
            return e;
        }

        private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";

        public void Dispose() => _client.Dispose();
    }
}
