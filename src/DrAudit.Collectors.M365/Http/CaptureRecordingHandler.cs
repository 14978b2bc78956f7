using System;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace DrAudit.Collectors.M365.Http
{
    /// <summary>Saves the body of every successful Graph response, exactly as received, into a capture folder
    /// (<see cref="CaptureKey"/> names the file). Request headers, and so the bearer token, are never written.</summary>
    internal sealed class CaptureRecordingHandler : DelegatingHandler
    {
        private readonly string _folder;

        public CaptureRecordingHandler(string folder)
        {
            _folder = folder;
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var requestBody = request.Content == null ? null : await request.Content.ReadAsStringAsync().ConfigureAwait(false);
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode || request.RequestUri == null || response.Content == null) return response;
            var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            Directory.CreateDirectory(_folder);
            var file = Path.Combine(_folder, CaptureKey.FileName(request.Method.Method, request.RequestUri, requestBody));
            File.WriteAllText(file, text, new UTF8Encoding(false));
            var replaced = new StringContent(text, Encoding.UTF8);
            replaced.Headers.ContentType = response.Content.Headers.ContentType;
            response.Content = replaced;
            return response;
        }
    }
}
