using System;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace DrAudit.Core.Sources.Http
{
    /// <summary>The retry and timeout step of every live collector's HTTP pipeline (the Veeam sender and the Graph
    /// client alike). Every attempt sends a fresh copy of the request (the body is buffered once) and gets
    /// <see cref="Timeout"/> for the whole answer, body included; 429, 5xx, timeouts and dropped connections are retried
    /// by <see cref="Retry"/>, waiting what Retry-After asks (<see cref="RetryAfterHeader"/>, fractional seconds too).
    /// When the policy gives up, or the server's TLS certificate is refused, throws an <see cref="HttpSourceException"/>
    /// whose message is fit for a report. Cancellation stops it at once with an <see cref="OperationCanceledException"/>.</summary>
    public sealed class RetryingHandler : DelegatingHandler
    {
        private const string WhatProperty = "DrAudit.RetryingHandler.What";
        private const string SendOnceProperty = "DrAudit.RetryingHandler.SendOnce";

        private readonly ServerCertificateCheck? _certificates;

        /// <param name="certificates">The check the innermost handler validates TLS with, to explain a refused certificate.</param>
        public RetryingHandler(RetryPolicy retry, TimeSpan timeout, ServerCertificateCheck? certificates = null)
        {
            Retry = retry ?? throw new ArgumentNullException(nameof(retry));
            Timeout = timeout;
            _certificates = certificates;
        }

        /// <param name="inner">The handler to send through (disposed with this one).</param>
        public RetryingHandler(HttpMessageHandler inner, RetryPolicy retry, TimeSpan timeout, ServerCertificateCheck? certificates = null)
            : this(retry, timeout, certificates)
        {
            InnerHandler = inner ?? throw new ArgumentNullException(nameof(inner));
        }

        /// <summary>The largest answer body read; default the bound of one saved capture response (docs/limits.md).</summary>
        public long MaxResponseBytes { get; set; } = Loading.Files.InputLimits.CaptureFileBytes;

        public RetryPolicy Retry { get; }
        /// <summary>The time one attempt may take, from sending to the last byte of the answer.</summary>
        public TimeSpan Timeout { get; }
        /// <summary>"Now", for HTTP-date Retry-After values.</summary>
        public Func<DateTimeOffset> Clock { get; set; } = () => DateTimeOffset.UtcNow;
        /// <summary>Called before each wait, e.g. to tell the user the server is throttling.</summary>
        public Action<string>? OnRetry { get; set; }

        /// <summary>Names <paramref name="request"/> in failure and retry messages (default: method and path).</summary>
        public static void Describe(HttpRequestMessage request, string what)
        {
            if (request == null) throw new ArgumentNullException(nameof(request));
            request.Properties[WhatProperty] = what;
        }

        /// <summary>Lets the first answer or failure of <paramref name="request"/> decide (e.g. a best-effort logout).</summary>
        public static void SendOnce(HttpRequestMessage request)
        {
            if (request == null) throw new ArgumentNullException(nameof(request));
            request.Properties[SendOnceProperty] = true;
        }

        /// <summary>Returns the first response that is not worth retrying (success, or a client error other than 429),
        /// its body read.</summary>
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content == null ? null : await request.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            var what = request.Properties.TryGetValue(WhatProperty, out var named) && named is string name
                ? name
                : request.Method.Method + " " + request.RequestUri?.AbsolutePath;
            var retry = !request.Properties.ContainsKey(SendOnceProperty);
            var waited = TimeSpan.Zero;
            for (int attempt = 1; ; attempt++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                HttpFailureKind kind;
                string reason;
                TimeSpan? retryAfter = null;
                using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
                {
                    timeout.CancelAfter(Timeout);
                    try
                    {
                        var response = await base.SendAsync(Copy(request, body), timeout.Token).ConfigureAwait(false);
                        var status = (int)response.StatusCode;
                        if (status != 429 && status < 500) return await Buffered(response, what, MaxResponseBytes, timeout.Token).ConfigureAwait(false);
                        kind = status == 429 || status == 503 ? HttpFailureKind.Throttled : HttpFailureKind.ServerError;
                        reason = "HTTP " + status.ToString(CultureInfo.InvariantCulture) + " " + response.ReasonPhrase;
                        retryAfter = RetryAfterHeader.Read(response, Clock());
                        response.Dispose();
                    }
                    catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                    {
                        kind = HttpFailureKind.Timeout;
                        reason = "no answer within " + Seconds(Timeout);
                    }
                    catch (Exception e) when (e is HttpRequestException || e is IOException)
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
                await Task.Delay(delay.Value, cancellationToken).ConfigureAwait(false);
                waited += delay.Value;
            }
        }

        /// <summary>A fresh message for one attempt: a message can be sent only once, and its body stream read once.</summary>
        private static HttpRequestMessage Copy(HttpRequestMessage original, byte[]? body)
        {
            var copy = new HttpRequestMessage(original.Method, original.RequestUri) { Version = original.Version };
            foreach (var header in original.Headers) copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
            foreach (var property in original.Properties) copy.Properties[property.Key] = property.Value;
            if (body != null && original.Content != null)
            {
                copy.Content = new ByteArrayContent(body);
                foreach (var header in original.Content.Headers) copy.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
            return copy;
        }

        /// <summary><paramref name="response"/> with its body read within the attempt's timeout, so a server that sends
        /// the headers and then stalls times out too. A body larger than <paramref name="maxBytes"/> fails the request
        /// (not retried): a server that never stops sending must not fill memory.</summary>
        private static async Task<HttpResponseMessage> Buffered(HttpResponseMessage response, string what, long maxBytes, CancellationToken timeout)
        {
            if (response.Content == null) return response;
            try
            {
                var buffer = new MemoryStream();
                using (var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false))
                {
                    var chunk = new byte[81920];
                    int read;
                    while ((read = await stream.ReadAsync(chunk, 0, chunk.Length, timeout).ConfigureAwait(false)) > 0)
                    {
                        if (buffer.Length + read > maxBytes)
                            throw new HttpSourceException(HttpFailureKind.ServerError, what + " failed: the answer is larger than " +
                                maxBytes.ToString("N0", CultureInfo.InvariantCulture) + " bytes, more than DrAudit reads (docs/limits.md).");
                        buffer.Write(chunk, 0, read);
                    }
                }
                var content = new ByteArrayContent(buffer.ToArray());
                foreach (var header in response.Content.Headers) content.Headers.TryAddWithoutValidation(header.Key, header.Value);
                response.Content.Dispose();
                response.Content = content;
                return response;
            }
            catch
            {
                response.Dispose();
                throw;
            }
        }

        private static Exception Innermost(Exception e)
        {
            while (e.InnerException != null) e = e.InnerException;
            return e;
        }

        private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";
    }
}
