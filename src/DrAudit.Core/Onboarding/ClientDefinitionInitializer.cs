using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using DrAudit.Core.Auditing;
using DrAudit.Core.Hosting;
using DrAudit.Core.Loading;
using DrAudit.Core.Loading.Definition;
using DrAudit.Core.Sources;
using DrAudit.Core.Storage;

namespace DrAudit.Core.Onboarding
{
    /// <summary>
    /// <c>draudit init</c> and <c>New-DrClientDefinition</c>: reads each source through its collector (live, capture or
    /// inventory file), drafts a client definition from what they report (<see cref="ClientDefinitionDrafter"/>), checks
    /// that the draft loads (<see cref="ClientDefinitionLoader.ReadText"/>), and writes it atomically. An existing file is
    /// replaced only with force, and never when it is one of the run's inputs. No credential is ever written: sources
    /// keep only the names of secrets and environment variables.
    /// </summary>
    public static class ClientDefinitionInitializer
    {
        public const string WriteAction = "Write a draft client definition";
        private static readonly UTF8Encoding Utf8 = new UTF8Encoding(false);

        /// <summary>Throws <see cref="ArgumentException"/> for a bad request (no sources, a bad client id, a target that is an input),
        /// <see cref="IOException"/> when the file exists without force, is a folder, or cannot be written.</summary>
        public static DraftResult Run(DraftRequest request, IAuditHost host, CancellationToken cancellation)
        {
            if (request.Sources.Count == 0) throw new ArgumentException("Name at least one source to draft the client definition from.");
            SourceSpec.AssignIds(request.Sources);
            var target = Path.GetFullPath(request.OutputPath);
            var clientId = request.ClientId ?? ClientIdFrom(target);
            if (!IsId(clientId))
                throw new ArgumentException("The client id '" + clientId + "' is not an id (lowercase letters, digits and -); give one with --client-id / -ClientId.");
            CheckTarget(target, request);

            var now = DateTimeOffset.UtcNow;
            var asOf = request.AsOf ?? now;
            var data = new List<SourceData>();
            foreach (var source in request.Sources)
            {
                host.WriteVerbose("Reading source '" + source.Id + "' (" + source.Type + ")");
                var context = new CollectionContext(asOf, Model.Definition.ClientDefinition.DefaultAuditWindow, host);
                foreach (var credential in request.Credentials) context.Credentials[credential.Key] = credential.Value;
                var read = SourceCollection.Collect(source, context, request.Timeouts, cancellation);
                if (!read.Ok)
                    host.WriteWarning("Source '" + source.Id + "' could not be read: " + read.Error + " The draft names the source but nothing it protects." +
                        (source.Capture != null && request.AsOf == null ? " A capture is read as of now unless told otherwise: give the time it was taken (--as-of, -AsOf)." : ""));
                data.Add(read);
            }

            var draft = ClientDefinitionDrafter.Draft(data, clientId, request.ClientName ?? clientId, now);
            draft.Msp = request.Msp;
            draft.AsOf = request.AsOf;
            var text = DraftYamlWriter.Write(draft, target, ToolVersion.Current);
            var loaded = ClientDefinitionLoader.ReadText(target, text);
            if (loaded.HasErrors)
                throw new InvalidOperationException("The draft client definition does not load, which is a DrAudit defect; nothing was written. " +
                    string.Join(" ", loaded.Problems.Where(p => p.Severity == ProblemSeverity.Error).Select(p => p.ToString())));
            var warnings = loaded.Problems.Where(p => p.Severity == ProblemSeverity.Warning).ToList();

            if (!host.ShouldProcess(target, WriteAction)) return new DraftResult(target, draft, text, warnings, written: false);
            var existed = File.Exists(target);
            try
            {
                using (var write = AtomicFolderWrite.BeginFile(target, host))
                {
                    CheckTarget(target, request);
                    File.WriteAllText(write.TempPath, text, Utf8);
                    write.Commit(request.Force);
                }
            }
            catch (Exception e) when (WriteFailure.Explains(e))
            {
                throw WriteFailure.Explain(e, target, "client definition", existed && File.Exists(target));
            }
            return new DraftResult(target, draft, text, warnings, written: true);
        }

        /// <summary>Refuses a folder, an existing file without force, and (even with force) a file that is or is inside an
        /// input of the run (a capture folder's index.json), a file inside a DrAudit pack or capture (writing there breaks
        /// its manifest), and a file that is not a client definition (Force replaces a client.yaml, never a report, a
        /// manifest or someone's notes).</summary>
        public static void CheckTarget(string target, DraftRequest request)
        {
            if (Directory.Exists(target)) throw new IOException("'" + target + "' is a folder; give the path of the client.yaml file to write.");
            var inputs = request.ProtectedPaths.Concat(request.Sources.SelectMany(s => new[] { s.Path, s.Capture })).Where(p => !string.IsNullOrEmpty(p));
            if (inputs.Any(p => FolderReplacement.Contains(FolderReplacement.Normalise(p!), target)))
                throw new ArgumentException("'" + target + "' is an input of this run (a source's file or capture); nothing was written. Choose another path.");
            var inside = Packs.EnclosingDrAuditFolder.Refusal(target);
            if (inside != null) throw new ArgumentException("'" + target + "': " + inside + " Nothing was written; choose another path.");
            if (WritableLocation.IsLinkToNothing(target))
                throw new IOException("'" + target + "' is a link to something that does not exist; nothing was written. Choose another path.");
            if (File.Exists(target) && !request.Force)
                throw new IOException("'" + target + "' already exists. Use --force (-Force) to replace it, or choose another path.");
            // The draft is staged beside the file: the folder it goes in must be writable (checked before the sources are read).
            WritableLocation.EnsureCanBeMade(target, "the client definition");
            if (!File.Exists(target)) return;
            if (!IsClientDefinitionOrEmpty(target))
                throw new ArgumentException("'" + target + "' is not a DrAudit client definition (no 'apiVersion: draudit/...' line): --force (-Force) replaces only a client definition. Nothing was written; choose another path.");
        }

        private static readonly Regex ApiVersionLine = new Regex(@"(?m)^\s*[""']?apiVersion[""']?\s*:\s*[""']?draudit/", RegexOptions.CultureInvariant);
        private const int DefinitionPeekChars = 64 * 1024;

        /// <summary>True for an empty file (nothing to lose; a FIFO reads as empty and is never opened) and for a file whose
        /// first 64 KB carry a DrAudit apiVersion, the line every client definition starts with.</summary>
        private static bool IsClientDefinitionOrEmpty(string path)
        {
            if (new FileInfo(path).Length == 0) return true;
            try
            {
                using (var reader = new StreamReader(path, Utf8, detectEncodingFromByteOrderMarks: true))
                {
                    var buffer = new char[DefinitionPeekChars];
                    var read = reader.ReadBlock(buffer, 0, buffer.Length);
                    return ApiVersionLine.IsMatch(new string(buffer, 0, read));
                }
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                return false;
            }
        }

        /// <summary>The client id made from the output file's folder name (clients/contoso-dental/client.yaml → contoso-dental).</summary>
        private static string ClientIdFrom(string target)
        {
            var folder = Path.GetFileName(Path.GetDirectoryName(target) ?? "") ?? "";
            var id = ClientDefinitionDrafter.IdFrom(folder);
            return id == "component" ? "client" : id;
        }

        private static bool IsId(string id) => id.Length > 0 && id.All(c => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-');
    }
}
