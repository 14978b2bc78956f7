using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography.X509Certificates;

namespace DrAudit.Core.Tests.Simulators.Graph
{
    /// <summary>A real network transport for a collector under test: it connects to the URL each request names, over
    /// TLS that trusts the given simulator certificates and nothing else, and only to 127.0.0.1. A request for any other
    /// host (login.microsoftonline.com for instance discovery, graph.microsoft.com) is recorded in
    /// <see cref="ForeignRequests"/> and refused, so a test can assert that nothing left the machine.</summary>
    public sealed class LoopbackOnlyHandler : DelegatingHandler
    {
        public LoopbackOnlyHandler(params X509Certificate2[] trusted)
        {
            var expected = trusted.Select(c => c.RawData).ToList();
            InnerHandler = new SocketsHttpHandler
            {
                SslOptions =
                {
                    RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                        certificate != null && expected.Any(e => certificate.GetRawCertData().AsSpan().SequenceEqual(e)),
                },
            };
        }

        /// <summary>Method and absolute URL of every request for a host other than 127.0.0.1.</summary>
        public ConcurrentQueue<string> ForeignRequests { get; } = new();

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var uri = request.RequestUri!;
            if (!IPAddress.TryParse(uri.Host, out var address) || !address.Equals(IPAddress.Loopback))
            {
                ForeignRequests.Enqueue(request.Method + " " + uri.AbsoluteUri);
                throw new HttpRequestException("The test transport connects to 127.0.0.1 only, not " + uri.Authority + ".");
            }
            return base.SendAsync(request, cancellationToken);
        }
    }
}
