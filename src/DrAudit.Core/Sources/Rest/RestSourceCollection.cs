using System;
using System.IO;
using System.Net;
using System.Threading;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Sources.Http;

namespace DrAudit.Core.Sources.Rest
{
    /// <summary>One collection of a source by a REST collector, the frame every such collector reads in: live (url,
    /// certificate pin, credential, the shared sender) or from a <c>capture:</c> folder, optionally recording a capture,
    /// and never throwing for a source that cannot be read: <see cref="Run"/> turns a refusal, an unreachable server, a
    /// malformed answer or an unreadable capture into a failed <see cref="SourceData"/> whose reason names the source.</summary>
    public sealed class RestSourceCollection
    {
        private readonly string _product;
        private readonly CancellationToken _cancellation;

        /// <param name="product">How messages name this kind of source (the backup product, e.g. "Contoso Backup").</param>
        public RestSourceCollection(string product, SourceDefinition source, CollectionContext context, CancellationToken cancellation)
        {
            _product = product ?? throw new ArgumentNullException(nameof(product));
            Source = source ?? throw new ArgumentNullException(nameof(source));
            Context = context ?? throw new ArgumentNullException(nameof(context));
            cancellation.ThrowIfCancellationRequested();
            _cancellation = cancellation;
            Live = string.IsNullOrEmpty(source.Capture);
        }

        public SourceDefinition Source { get; }
        public CollectionContext Context { get; }

        /// <summary>Read from the server (Good evidence), not from a capture folder (Fair).</summary>
        public bool Live { get; }

        /// <summary>The folder a live read also records a capture into; null when none is asked for, or from a capture.</summary>
        public string? SaveCaptureTo => Live && !string.IsNullOrEmpty(Context.SaveCaptureTo) ? Context.SaveCaptureTo : null;

        /// <summary>The evidence quality of what is read: Good live, Fair from a capture.</summary>
        public EvidenceQuality Quality => Live ? EvidenceQuality.Good : EvidenceQuality.Fair;

        /// <summary>Runs the read; a <see cref="RestSourceException"/>, <see cref="HttpSourceException"/>, a capture index that
        /// cannot be read (<see cref="CaptureIndexException"/>) or a file error becomes a failed source "&lt;product&gt; source 'id' (url or capture): what went wrong".
        /// Any other exception of the read or its mapping (a JSON value of a type the code did not expect, a missing object,
        /// a duplicate key) fails the source too, as data that could not be read as the vendor's API documents it: the
        /// exception's type and JSON path, never its message (which may quote the data). Only a cancellation that was asked
        /// for and a failure of the process itself (out of memory, stack) go on up.</summary>
        public SourceData Run(Func<SourceData> read)
        {
            if (read == null) throw new ArgumentNullException(nameof(read));
            try
            {
                return read();
            }
            catch (RestSourceException e)
            {
                return Failed(e.Message);
            }
            catch (HttpSourceException e)
            {
                return Failed(e.Message);
            }
            catch (CaptureIndexException e)
            {
                return Failed(e.Message);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                var failed = Failed(e.Message);
                failed.Cause = e;
                return failed;
            }
            catch (Exception e) when (!(e is OperationCanceledException && _cancellation.IsCancellationRequested) && !IsFatal(e))
            {
                return Failed(Unreadable(e));
            }
        }

        /// <summary>"its data could not be read as the &lt;product&gt; API documents it (InvalidCastException at data[0].name)."</summary>
        private string Unreadable(Exception e)
        {
            var path = (e as Newtonsoft.Json.JsonReaderException)?.Path ?? (e as Newtonsoft.Json.JsonSerializationException)?.Path;
            return "its " + (Live ? "server's answers" : "capture's data") + " could not be read as the " + _product + " API documents it ("
                + e.GetType().Name + (string.IsNullOrEmpty(path) ? "" : " at " + path) + "); what it would show is unknown.";
        }

        private static bool IsFatal(Exception e) =>
            e is OutOfMemoryException || e is InsufficientExecutionStackException || e is StackOverflowException
            || e is AccessViolationException || e is ThreadAbortException;

        /// <summary>How far back sessions and restore points are read: the audit window's start less
        /// <paramref name="readBeforeWindow"/>.</summary>
        public DateTimeOffset ReadSince(TimeSpan readBeforeWindow) => Context.AsOf - Context.AuditWindow.Value - readBeforeWindow;

        /// <summary>"Now" to the second, as a capture index keeps it: the time a live read is collected at.</summary>
        public static DateTimeOffset CollectedAt(Func<DateTimeOffset> clock)
        {
            var now = clock();
            return new DateTimeOffset(now.UtcTicks - now.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
        }

        /// <summary>Says (verbose) that the source is read from its capture folder.</summary>
        public void ReadingCapture() =>
            Context.Host.WriteVerbose("Reading " + _product + " source '" + Source.Id + "' from the capture " + Source.Capture + ".");

        /// <summary>The source's <c>url:</c>, http or https; otherwise a failure asking for one like
        /// <paramref name="example"/> ("https://&lt;backup-server&gt;:443").</summary>
        public Uri Url(string example)
        {
            if (!Uri.TryCreate(Source.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
                throw new RestSourceException("the source needs url: " + example + " (or capture: <folder>).");
            return url;
        }

        /// <summary>What a live read of <paramref name="url"/> signs in with and sends through: the source's credential
        /// (<see cref="SourceUserCredential"/>) and a sender that trusts the machine's certificates or the source's
        /// <c>certificateThumbprint</c> pin, times out each request, retries per <paramref name="retry"/> and says so as
        /// verbose. Says (verbose) where it connects.</summary>
        public (NetworkCredential Credential, ResilientHttpSender Sender) Connection(Uri url, RetryPolicy retry, Func<DateTimeOffset> clock)
        {
            CertificateThumbprint? pin = null;
            if (!string.IsNullOrWhiteSpace(Source.CertificateThumbprint) && !CertificateThumbprint.TryParse(Source.CertificateThumbprint, out pin))
                throw new RestSourceException("certificateThumbprint is not a SHA-1 (40 hex digits) or SHA-256 (64 hex digits) thumbprint.");
            var credential = SourceUserCredential.Resolve(Source, Context, out var problem) ?? throw new RestSourceException(problem!);
            Context.Host.WriteVerbose("Connecting to " + _product + " source '" + Source.Id + "' at " + url.GetLeftPart(UriPartial.Authority) + ".");
            var sender = ResilientHttpSender.Create(pin, Context.RequestTimeout, retry);
            sender.Clock = clock;
            sender.OnRetry = Context.Host.WriteVerbose;
            return (credential, sender);
        }

        /// <summary><paramref name="session"/> once <paramref name="connect"/> has signed it in; disposed (and the failure
        /// passed on) when it cannot.</summary>
        public static T Connected<T>(T session, Action<T> connect) where T : IDisposable
        {
            try
            {
                connect(session);
                return session;
            }
            catch
            {
                session.Dispose();
                throw;
            }
        }

        private SourceData Failed(string message) =>
            SourceData.Failed(Source, _product + " source '" + Source.Id + "' (" + (Live ? ShownUrl(Source.Url) : "capture " + Source.Capture) + "): " + message);

        /// <summary>The source's url as failures show it: without a query or fragment, which could carry a key (a user name
        /// or password in it never loads: <c>SourceReader</c> refuses it).</summary>
        private static string ShownUrl(string? url)
        {
            if (url == null) return "(no url)";
            var end = url.IndexOfAny(new[] { '?', '#' });
            return end < 0 ? url : url.Substring(0, end);
        }
    }
}
