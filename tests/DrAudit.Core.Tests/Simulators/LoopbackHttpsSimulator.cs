using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DrAudit.Core.Tests.Simulators
{
    /// <summary>What every vendor REST simulator shares: an HTTPS listener on 127.0.0.1 (random port, the given self-signed
    /// certificate), scripted faults (<see cref="Faults"/>: a delay, then a status, body and Retry-After) taken before the
    /// vendor's own answer, and every request recorded (<see cref="Requests"/>). A vendor simulator answers the rest.</summary>
    public abstract class LoopbackHttpsSimulator : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly object _faultLock = new();

        protected LoopbackHttpsSimulator(X509Certificate2 certificate)
        {
            Certificate = certificate;
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, l => l.UseHttps(certificate)));
            _app = builder.Build();
            _app.Run(Handle);
        }

        public X509Certificate2 Certificate { get; }
        public Uri Url { get; private set; } = new("https://127.0.0.1/");
        public List<SimFault> Faults { get; } = new();
        public ConcurrentQueue<SimRequest> Requests { get; } = new();
        /// <summary>Rewrites the body of a successful vendor answer (path and query, body): to serve data the vendor's API
        /// does not document, such as a field of another JSON type. Null serves answers as they are.</summary>
        public Func<string, string, string>? RewriteAnswer { get; set; }

        public string Sha1 => Certificate.GetCertHashString(System.Security.Cryptography.HashAlgorithmName.SHA1);
        public string Sha256 => Certificate.GetCertHashString(System.Security.Cryptography.HashAlgorithmName.SHA256);

        /// <summary>Starts listening and sets <see cref="Url"/>.</summary>
        protected async Task ListenAsync()
        {
            await _app.StartAsync();
            var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            Url = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        }

        /// <summary>The vendor's answer to a request no fault took: status, JSON body, Retry-After.</summary>
        protected abstract Task<(int Status, string Body, string? RetryAfter)> Answer(HttpContext http, string pathAndQuery, IFormCollection? form);

        /// <summary>The body of a scripted fault that names none, in the vendor's error shape.</summary>
        protected abstract string FaultBody { get; }

        /// <summary>The API version the request asked for, where the API has one (recorded with the request).</summary>
        protected virtual string? ApiVersionOf(HttpRequest request) => null;

        private async Task Handle(HttpContext http)
        {
            var request = http.Request;
            var pathAndQuery = request.Path.Value + request.QueryString.Value;
            IFormCollection? form = request.HasFormContentType ? await request.ReadFormAsync() : null;
            var (status, body, retryAfter) = await FaultOrAnswer(http, pathAndQuery, form);
            Requests.Enqueue(new SimRequest(request.Method, pathAndQuery, ApiVersionOf(request),
                request.Headers.Authorization.ToString() is { Length: > 0 } a ? a : null, form?["grant_type"].ToString(), status));
            http.Response.StatusCode = status;
            if (retryAfter != null) http.Response.Headers["Retry-After"] = retryAfter;
            http.Response.ContentType = "application/json; charset=utf-8";
            await http.Response.WriteAsync(body);
        }

        private async Task<(int, string, string?)> FaultOrAnswer(HttpContext http, string pathAndQuery, IFormCollection? form)
        {
            var fault = TakeFault(pathAndQuery);
            if (fault != null)
            {
                if (fault.Delay > TimeSpan.Zero) await Task.Delay(fault.Delay, http.RequestAborted);
                if (fault.Status != 0) return (fault.Status, fault.Body ?? FaultBody, fault.RetryAfter);
            }
            var answer = await Answer(http, pathAndQuery, form);
            return RewriteAnswer != null && answer.Status == 200 ? (answer.Status, RewriteAnswer(pathAndQuery, answer.Body), answer.RetryAfter) : answer;
        }

        private SimFault? TakeFault(string pathAndQuery)
        {
            lock (_faultLock)
            {
                var fault = Faults.FirstOrDefault(f => f.Times > 0 && pathAndQuery.Contains(f.PathContains, StringComparison.Ordinal));
                if (fault != null) fault.Times--;
                return fault;
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            Certificate.Dispose();
        }
    }
}
