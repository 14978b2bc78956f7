using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using DrAudit.Core.Loading.Files;
using Newtonsoft.Json;

namespace DrAudit.Collectors.M365.Http
{
    /// <summary>Stands in for Microsoft Graph in <c>capture:</c> mode: answers each request from the file
    /// <see cref="CaptureRecordingHandler"/> saved for it, so the saved responses go through the real SDK and the same
    /// parser as a live read; a saved 403 or 404 answer is replayed with its status. A request the capture does not hold
    /// is answered 404 with a Graph error naming the file.</summary>
    internal sealed class CaptureReplayHandler : HttpMessageHandler
    {
        public const string MissingCode = "CaptureMissing";
        private readonly string _folder;

        public CaptureReplayHandler(string folder)
        {
            _folder = folder;
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var body = request.Content == null ? null : await request.Content.ReadAsStringAsync().ConfigureAwait(false);
            var name = CaptureKey.FileName(request.Method.Method, request.RequestUri!, body);
            var path = Path.Combine(_folder, name);
            var status = HttpStatusCode.OK;
            if (!File.Exists(path))
            {
                foreach (var refusal in CaptureKey.SavedRefusals)
                {
                    var saved = Path.Combine(_folder, CaptureKey.RefusalFileName(name, refusal));
                    if (!File.Exists(saved)) continue;
                    path = saved;
                    status = (HttpStatusCode)refusal;
                    break;
                }
            }
            if (!File.Exists(path))
            {
                var error = JsonConvert.SerializeObject(new
                {
                    error = new { code = MissingCode, message = "the capture folder " + _folder + " holds no response for " + request.Method.Method + " " + request.RequestUri!.PathAndQuery + " (expected " + name + ")" },
                });
                return new HttpResponseMessage(HttpStatusCode.NotFound) { RequestMessage = request, Content = new StringContent(error, Encoding.UTF8, "application/json") };
            }
            // A saved response is input like any other: a regular file, size-limited, UTF-8 (docs/limits.md).
            string text;
            try
            {
                text = InputFile.ReadText(path, InputLimits.CaptureFileBytes, "the capture file");
            }
            catch (InputFileException e)
            {
                throw new IOException(e.Problem.ToString(), e);
            }
            return new HttpResponseMessage(status) { RequestMessage = request, Content = new StringContent(text, Encoding.UTF8, "application/json") };
        }
    }
}
