using System.Net;
using System.Text;
using DrAudit.Core.Sources.Http;

namespace DrAudit.Core.Tests.Sources.Http
{
    public class RetryingHandlerTests
    {
        private static RetryPolicy FastPolicy() =>
            new() { MaxRetries = 3, BaseDelay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromMilliseconds(50), Budget = TimeSpan.FromSeconds(5) };

        private static HttpResponseMessage Answer(HttpStatusCode status, string body = "", string? retryAfter = null)
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8) };
            if (retryAfter != null) response.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
            return response;
        }

        [Fact]
        public async Task EveryAttemptSendsTheWholeBodyAndWaitsAFractionalRetryAfter()
        {
            var server = new ScriptedServer(_ => Answer(HttpStatusCode.TooManyRequests, retryAfter: "0.05"), _ => Answer(HttpStatusCode.OK, "done"));
            var retries = new List<string>();
            using var client = new HttpMessageInvoker(new RetryingHandler(server, FastPolicy(), TimeSpan.FromSeconds(5)) { OnRetry = retries.Add });
            var request = new HttpRequestMessage(HttpMethod.Post, "https://server.example/api/token") { Content = new StringContent("grant=password") };

            using var response = await client.SendAsync(request, CancellationToken.None);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("done", await response.Content.ReadAsStringAsync());
            Assert.Equal(new[] { "grant=password", "grant=password" }, server.Bodies);
            Assert.Equal(new[] { "POST /api/token: HTTP 429 Too Many Requests; retrying in 0.05 s." }, retries);
        }

        [Fact]
        public async Task ARequestSentOnceFailsOnItsFirstServerErrorUnderItsOwnName()
        {
            var server = new ScriptedServer(_ => Answer(HttpStatusCode.InternalServerError));
            using var client = new HttpMessageInvoker(new RetryingHandler(server, FastPolicy(), TimeSpan.FromSeconds(5)));
            var request = new HttpRequestMessage(HttpMethod.Post, "https://server.example/api/logout");
            RetryingHandler.Describe(request, "logging out");
            RetryingHandler.SendOnce(request);

            var failure = await Assert.ThrowsAsync<HttpSourceException>(() => client.SendAsync(request, CancellationToken.None));

            Assert.Equal(HttpFailureKind.ServerError, failure.Kind);
            Assert.Equal("logging out failed: HTTP 500 Internal Server Error after 1 attempt.", failure.Message);
            Assert.Single(server.Bodies);
        }

        [Fact]
        public async Task ABodyThatStallsAfterTheHeadersTimesOut()
        {
            var server = new ScriptedServer(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new StallingStream()) });
            var policy = FastPolicy();
            policy.MaxRetries = 1;
            using var client = new HttpMessageInvoker(new RetryingHandler(server, policy, TimeSpan.FromMilliseconds(100)));

            var failure = await Assert.ThrowsAsync<HttpSourceException>(() =>
                client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "https://server.example/api/jobs?skip=0"), CancellationToken.None));

            Assert.Equal(HttpFailureKind.Timeout, failure.Kind);
            Assert.Equal("GET /api/jobs failed: no answer within 0.1 s after 2 attempts.", failure.Message);
        }

        [Fact]
        public async Task CancellationIsNotReportedAsATimeout()
        {
            var server = new ScriptedServer(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new StallingStream()) });
            using var client = new HttpMessageInvoker(new RetryingHandler(server, FastPolicy(), TimeSpan.FromSeconds(30)));
            using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

            var thrown = await Record.ExceptionAsync(() => client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "https://server.example/api/jobs"), cancel.Token));

            Assert.IsAssignableFrom<OperationCanceledException>(thrown);
        }

        [Fact]
        public void TheSenderReportsRetriesOnTheCallersThread()
        {
            var server = new ScriptedServer(_ => Answer(HttpStatusCode.ServiceUnavailable), _ => Answer(HttpStatusCode.OK, "up"));
            var threads = new List<int>();
            using var sender = new ResilientHttpSender(server, null, TimeSpan.FromSeconds(5), FastPolicy()) { OnRetry = _ => threads.Add(Environment.CurrentManagedThreadId) };

            using var response = sender.Send(() => new HttpRequestMessage(HttpMethod.Get, "https://server.example/api/backups"), "GET /api/backups", CancellationToken.None);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(new[] { Environment.CurrentManagedThreadId }, threads);
            Assert.Equal(2, server.Bodies.Count);
        }

        /// <summary>Answers the n-th request with the n-th script step (the last one repeats) and keeps each request body.</summary>
        [Fact]
        public async Task An_answer_larger_than_the_limit_fails_the_request_without_retrying()
        {
            var attempts = 0;
            var server = new ScriptedServer(_ =>
            {
                attempts++;
                return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new EndlessStream()) };
            });
            var policy = new RetryPolicy { MaxRetries = 3, BaseDelay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromMilliseconds(50), Budget = TimeSpan.FromSeconds(5) };
            using var client = new HttpMessageInvoker(new RetryingHandler(server, policy, TimeSpan.FromSeconds(30)) { MaxResponseBytes = 1024 * 1024 });

            var failure = await Assert.ThrowsAsync<HttpSourceException>(() =>
                client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "https://server.example/api/v1/jobs"), CancellationToken.None));

            Assert.Equal("GET /api/v1/jobs failed: the answer is larger than 1,048,576 bytes, more than DrAudit reads (docs/limits.md).", failure.Message);
            Assert.Equal(1, attempts);
        }

        [Fact]
        public void The_default_limit_is_that_of_a_saved_capture_response()
        {
            using var handler = new RetryingHandler(new RetryPolicy(), TimeSpan.FromSeconds(1));

            Assert.Equal(256L * 1024 * 1024, handler.MaxResponseBytes);
        }

        /// <summary>Zeros for ever.</summary>
        private sealed class EndlessStream : Stream
        {
            public override bool CanRead => true;
            public override bool CanSeek => false;
            public override bool CanWrite => false;
            public override long Length => throw new NotSupportedException();
            public override long Position { get => 0; set => throw new NotSupportedException(); }
            public override int Read(byte[] buffer, int offset, int count) => count;
            public override void Flush() { }
            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
            public override void SetLength(long value) => throw new NotSupportedException();
            public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        }

        private sealed class ScriptedServer : HttpMessageHandler
        {
            private readonly Func<HttpRequestMessage, HttpResponseMessage>[] _steps;

            public ScriptedServer(params Func<HttpRequestMessage, HttpResponseMessage>[] steps) { _steps = steps; }

            public List<string> Bodies { get; } = new();

            protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                Bodies.Add(request.Content == null ? "" : await request.Content.ReadAsStringAsync(cancellationToken));
                return _steps[Math.Min(Bodies.Count, _steps.Length) - 1](request);
            }
        }

        /// <summary>A response body that never delivers a byte until the read is cancelled.</summary>
        private sealed class StallingStream : Stream
        {
            public override bool CanRead => true;
            public override bool CanSeek => false;
            public override bool CanWrite => false;
            public override long Length => throw new NotSupportedException();
            public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
            public override void Flush() { }
            public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("read asynchronously");
            public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
                return 0;
            }
            public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
                return 0;
            }
            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
            public override void SetLength(long value) => throw new NotSupportedException();
            public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        }
    }
}
