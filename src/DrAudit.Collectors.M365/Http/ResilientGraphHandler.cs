using System;
using System.Globalization;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using DrAudit.Core.Sources.Http;

namespace DrAudit.Collectors.M365.Http
{
    /// <summary>The Graph client's retry and timeout step, replacing the SDK's RetryHandler (which reads Retry-After as
    /// whole seconds only and ignores <c>2.128</c>). Every attempt gets the request timeout; 429, 5xx, timeouts and
    /// dropped connections are retried by the shared <see cref="RetryPolicy"/>, waiting what Retry-After asks
    /// (<see cref="RetryAfterHeader"/>, fractional seconds too). When the policy gives up, throws the same
    /// <see cref="HttpSourceException"/> the other live collectors do. Cancellation stops it at once.</summary>
    internal sealed class ResilientGraphHandler : DelegatingHandler
    {
        private readonly RetryPolicy _retry;
        private readonly TimeSpan _timeout;
        private readonly Action<string>? _onRetry;

        public ResilientGraphHandler(RetryPolicy retry, TimeSpan timeout, Action<string>? onRetry)
        {
            _retry = retry;
            _timeout = timeout;
            _onRetry = onRetry;
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content == null ? null : await request.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            var what = request.Method.Method + " " + request.RequestUri?.AbsolutePath;
            var waited = TimeSpan.Zero;
            for (int retry = 1; ; retry++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                HttpFailureKind kind;
                string reason;
                TimeSpan? retryAfter = null;
                using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
                {
                    timeout.CancelAfter(_timeout);
                    try
                    {
                        var response = await base.SendAsync(Copy(request, body), timeout.Token).ConfigureAwait(false);
                        var status = (int)response.StatusCode;
                        if (status != 429 && status < 500) return response;
                        kind = status == 429 || status == 503 ? HttpFailureKind.Throttled : HttpFailureKind.ServerError;
                        reason = "HTTP " + status.ToString(CultureInfo.InvariantCulture) + " " + response.ReasonPhrase;
                        retryAfter = RetryAfterHeader.Read(response, DateTimeOffset.UtcNow);
                        response.Dispose();
                    }
                    catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                    {
                        kind = HttpFailureKind.Timeout;
                        reason = "no answer within " + Seconds(_timeout);
                    }
                    catch (HttpRequestException e)
                    {
                        kind = HttpFailureKind.Unreachable;
                        reason = "cannot connect (" + Innermost(e).Message.TrimEnd('.') + ")";
                    }
                }
                var delay = _retry.NextDelay(retry, retryAfter, waited);
                if (delay == null)
                {
                    var tries = retry.ToString(CultureInfo.InvariantCulture) + " attempt" + (retry == 1 ? "" : "s");
                    throw new HttpSourceException(kind, what + " failed: " + reason + " after " + tries + ".");
                }
                _onRetry?.Invoke(what + ": " + reason + "; retrying in " + Seconds(delay.Value) + ".");
                await Task.Delay(delay.Value, cancellationToken).ConfigureAwait(false);
                waited += delay.Value;
            }
        }

        /// <summary>A fresh message for one attempt: a message can be sent only once, and its body stream read once.</summary>
        private static HttpRequestMessage Copy(HttpRequestMessage original, byte[]? body)
        {
            var copy = new HttpRequestMessage(original.Method, original.RequestUri) { Version = original.Version };
            foreach (var header in original.Headers) copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
            if (body != null && original.Content != null)
            {
                copy.Content = new ByteArrayContent(body);
                foreach (var header in original.Content.Headers) copy.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
            return copy;
        }

        private static Exception Innermost(Exception e)
        {
            while (e.InnerException != null) e = e.InnerException;
            return e;
        }

        private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";
    }
}
