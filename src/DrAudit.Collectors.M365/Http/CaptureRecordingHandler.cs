using System;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace DrAudit.Collectors.M365.Http
{
    /// <summary>Saves the body of every successful Graph response, exactly as received, into a capture folder
    /// (<see cref="CaptureKey"/> names the file), and of every 403 and 404 answer beside it with its status in the name
    /// (a missing permission or a user without a OneDrive is part of what was read). Request headers, and so the bearer
    /// token, are never written.</summary>
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
            var status = (int)response.StatusCode;
            var refusal = System.Array.IndexOf(CaptureKey.SavedRefusals, status) >= 0;
            if ((!response.IsSuccessStatusCode && !refusal) || request.RequestUri == null || response.Content == null) return response;
            var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            Directory.CreateDirectory(_folder);
            var name = CaptureKey.FileName(request.Method.Method, request.RequestUri, requestBody);
            var file = Path.Combine(_folder, refusal ? CaptureKey.RefusalFileName(name, status) : name);
            File.WriteAllText(file, text, new UTF8Encoding(false));
            var replaced = new StringContent(text, Encoding.UTF8);
            replaced.Headers.ContentType = response.Content.Headers.ContentType;
            response.Content = replaced;
            return response;
        }
    }
}
