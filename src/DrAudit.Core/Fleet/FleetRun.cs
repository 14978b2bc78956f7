using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DrAudit.Core.Auditing;
using DrAudit.Core.Comparison;
using DrAudit.Core.Hosting;
using DrAudit.Core.Loading;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Packs;

namespace DrAudit.Core.Fleet
{
    /// <summary>
    /// One fleet run's clients audited by up to ThrottleLimit worker threads. Each worker audits a client, writes its
    /// pack (with the comparison to its previous pack) and keeps only the client's summary row, so memory is bounded by
    /// the largest client. Workers never touch the caller's host: they post messages that <see cref="Execute"/> passes
    /// on from the caller's thread. A client that fails is recorded and the others go on.
    /// </summary>
    internal sealed class FleetRun
    {
        private readonly IReadOnlyList<string> _files;
        private readonly FleetAuditOptions _options;
        private readonly AuditOptions _auditOptions;
        private readonly PackFormat _formats;
        private readonly System.Security.Cryptography.X509Certificates.X509Certificate2? _signingCertificate;
        private readonly Packs.Html.HtmlReportOptions _html;
        private readonly string _root;
        private readonly CancellationToken _cancellation;
        private readonly FleetClientSummary[] _rows;
        private readonly HashSet<string> _reserved = new HashSet<string>(StringComparer.Ordinal);
        private readonly BlockingCollection<Action<IAuditHost>> _messages = new BlockingCollection<Action<IAuditHost>>();
        private int _next = -1;
        private int _done;
        private int _failed;

        public FleetRun(IReadOnlyList<string> files, FleetAuditOptions options, Packs.Html.HtmlReportOptions html, string root, CancellationToken cancellation)
        {
            _files = files;
            _options = options;
            _auditOptions = new AuditOptions { AsOf = options.AsOf, Clock = options.Clock, Timeouts = options.Timeouts };
            _formats = options.EffectiveFormats;
            _signingCertificate = options.SigningCertificate;
            _html = html;
            _root = root;
            _cancellation = cancellation;
            _rows = new FleetClientSummary[files.Count];
        }

        /// <summary>Audits every client; returns their rows in the order of the files. Blocks the calling thread, which
        /// is the only one that calls <paramref name="host"/> and <paramref name="clientDone"/>.</summary>
        public IReadOnlyList<FleetClientSummary> Execute(IAuditHost host, Action<FleetClientSummary>? clientDone)
        {
            host.WriteProgress(FleetProgress.Run(0, 0, _files.Count));
            var workers = Enumerable.Range(0, Math.Min(_options.ThrottleLimit, _files.Count))
                .Select(slot => Task.Factory.StartNew(() => Work(slot, clientDone), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))
                .ToArray();
            var finished = Task.WhenAll(workers).ContinueWith(_ => _messages.CompleteAdding(), TaskScheduler.Default);
            foreach (var message in _messages.GetConsumingEnumerable()) message(host);
            finished.Wait();
            host.WriteProgress(FleetProgress.RunCompleted());
            try
            {
                Task.WaitAll(workers);
            }
            catch (AggregateException e)
            {
                if (_cancellation.IsCancellationRequested) throw new OperationCanceledException(_cancellation);
                throw e.InnerExceptions.Count == 1 ? e.InnerExceptions[0] : e;
            }
            _cancellation.ThrowIfCancellationRequested();
            return _rows;
        }

        private void Post(Action<IAuditHost> message) => _messages.Add(message);

        private void Work(int slot, Action<FleetClientSummary>? clientDone)
        {
            int index;
            while (!_cancellation.IsCancellationRequested && (index = Interlocked.Increment(ref _next)) < _files.Count)
            {
                var label = Label(_files[index]);
                var row = AuditOne(index, slot, label);
                _rows[index] = row;
                Post(host =>
                {
                    _done++;
                    if (row.Status == FleetClientStatus.Failed) _failed++;
                    host.WriteProgress(FleetProgress.ClientCompleted(slot, label));
                    host.WriteProgress(FleetProgress.Run(_done, _failed, _files.Count));
                    clientDone?.Invoke(row);
                });
            }
        }

        private FleetClientSummary AuditOne(int index, int slot, string label)
        {
            var file = _files[index];
            Func<string, ProgressReport> bar = status => FleetProgress.Client(slot, index, _files.Count, label, status);
            Post(host => host.WriteProgress(bar("starting")));
            var worker = new WorkerAuditHost(Post, label, bar);
            var row = new FleetClientSummary { Definition = file };
            try
            {
                if (!File.Exists(file)) throw new FileNotFoundException("The client definition " + file + " does not exist.", file);
                var result = ReadinessAuditor.Audit(file, _auditOptions, worker, _cancellation);
                row.ClientId = result.Client.Id;
                row.ClientName = result.Client.Name;
                row.AsOf = result.AsOf;
                var pack = WritePack(result, worker);
                FleetRows.Fill(row, result, RelativeToRoot(pack));
            }
            catch (OperationCanceledException) when (_cancellation.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception e)
            {
                row.Status = FleetClientStatus.Failed;
                row.Error = Describe(e);
                Post(host => host.WriteWarning(label + ": not audited: " + row.Error));
            }
            return row;
        }

        /// <summary>Writes the client's pack in the next free dated folder, with the comparison to its newest earlier pack.</summary>
        private string WritePack(ReadinessResult result, IAuditHost worker)
        {
            var clientFolder = Path.Combine(_root, result.Client.Id);
            var date = PackFolders.DateName(result.AsOf);
            string? previous;
            string target;
            lock (_reserved)
            {
                previous = PackFolders.Previous(clientFolder, date);
                target = PackFolders.Reserve(clientFolder, date, _reserved);
            }
            var name = Path.GetFileName(target);
            if (name != date)
                worker.WriteVerbose(result.Client.Id + " already has a pack for " + date + "; writing " + name + " beside it (packs are never overwritten).");
            if (previous != null) AddComparison(result, previous, name, worker);
            EvidencePackWriter.Write(result, target, new PackWriteOptions { Formats = _formats, SigningCertificate = _signingCertificate, Html = _html }, worker);
            return target;
        }

        private static void AddComparison(ReadinessResult result, string previous, string packName, IAuditHost worker)
        {
            try
            {
                var earlier = EvidencePackReader.Read(previous);
                result.SinceLastAudit = ReadinessComparer.Compare(earlier, result, Path.GetFileName(previous), packName);
            }
            catch (Exception e) when (e is ComparisonException || e is IOException || e is UnauthorizedAccessException)
            {
                worker.WriteWarning("the previous pack " + previous + " cannot be read, so this pack has no comparison with it: " + e.Message);
            }
        }

        private string RelativeToRoot(string pack) =>
            pack.Substring(_root.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Length + 1).Replace(Path.DirectorySeparatorChar, '/');

        /// <summary>"contoso.yaml", or "contoso/client.yaml" for a definition named after its folder's role.</summary>
        private static string Label(string file)
        {
            var name = Path.GetFileName(file);
            var parent = Path.GetFileName(Path.GetDirectoryName(file) ?? "");
            return name.StartsWith("client.", StringComparison.OrdinalIgnoreCase) && parent.Length > 0 ? parent + "/" + name : name;
        }

        private static string Describe(Exception e) =>
            e is DefinitionException || e is IOException || e is UnauthorizedAccessException
                ? e.Message
                : "unexpected error: " + e.GetType().Name + ": " + e.Message;
    }
}
