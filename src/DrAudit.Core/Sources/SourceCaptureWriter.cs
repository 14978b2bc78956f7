using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading;
using DrAudit.Core.Hosting;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Storage;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace DrAudit.Core.Sources
{
    /// <summary>Reads one live source of a client definition and saves every response into a folder that the
    /// source's <c>capture:</c> mode reads back (Save-DrSourceCapture). The folder appears only when complete; an
    /// existing one is replaced only with force, and only after the new one is complete. No token or password is saved.</summary>
    public static class SourceCaptureWriter
    {
        public const string WriteAction = "Save a capture of the source";

        /// <summary>Source types whose live collector can record a capture.</summary>
        public static readonly IReadOnlyCollection<string> CapturableTypes = new[] { SourceDefinition.VeeamType, SourceDefinition.M365Type, SourceDefinition.Vb365Type };

        /// <summary>The <c>format</c> of a Veeam Backup for Microsoft 365 capture's <c>index.json</c> (written by the vb365 collector).</summary>
        public const string Vb365CaptureFormat = "draudit-vb365-capture/1";

        /// <summary>The source to capture. Throws <see cref="ArgumentException"/> when the definition has no such source
        /// and <see cref="NotSupportedException"/> when it is not a live source of a capturable type.</summary>
        public static SourceDefinition CapturableSource(ClientDefinition definition, string sourceId)
        {
            var source = definition.FindSource(sourceId) ?? throw new ArgumentException(
                "The client definition '" + definition.FilePath + "' has no source '" + sourceId + "'. Its sources are: " +
                string.Join(", ", definition.Sources.Select(s => s.Id)) + ".", nameof(sourceId));
            if (!string.IsNullOrEmpty(source.Capture))
                throw new NotSupportedException("Source '" + source.Id + "' is already read from the capture " + source.Capture + ".");
            if (!CapturableTypes.Contains(source.Type))
                throw new NotSupportedException("Source '" + source.Id + "' is of type " + source.Type + "; only live " +
                    string.Join(", ", CapturableTypes) + " sources can be captured.");
            return source;
        }

        /// <summary>Captures the source into <paramref name="targetPath"/>. Returns null when the host declined
        /// (-WhatIf); the source's data otherwise (when it failed, nothing was written: see <see cref="SourceData.Error"/>).
        /// Throws <see cref="IOException"/> when the target exists and <paramref name="force"/> is false, and
        /// <see cref="FolderNotReplaceableException"/> when Force names a folder that is not a DrAudit capture, is
        /// (or holds) the current folder or one of <paramref name="protectedPaths"/>, or holds an input of the definition.</summary>
        public static SourceData? Save(ClientDefinition definition, string sourceId, string targetPath, bool force,
            IDictionary<string, NetworkCredential> credentials, IAuditHost host, CancellationToken cancellation,
            IEnumerable<string>? protectedPaths = null, SourceTimeouts? timeouts = null)
        {
            var keep = (protectedPaths ?? Array.Empty<string>()).ToList();
            var source = CapturableSource(definition, sourceId);
            var target = FolderReplacement.Normalise(targetPath);
            CheckTarget(target, force, definition, keep);
            if (!host.ShouldProcess(target, WriteAction + " '" + source.Id + "'")) return null;

            var existed = Directory.Exists(target);
            try
            {
                using (var write = AtomicFolderWrite.Begin(target, host))
                {
                    CheckTarget(target, force, definition, keep);
                    var context = new CollectionContext(definition.ResolveAsOf(DateTimeOffset.UtcNow), definition.AuditWindow, host)
                    {
                        Definition = definition,
                        SaveCaptureTo = write.TempPath,
                    };
                    foreach (var credential in credentials) context.Credentials[credential.Key] = credential.Value;
                    var data = SourceCollection.Collect(source, context, timeouts ?? new SourceTimeouts(), cancellation);
                    if (!data.Ok)
                    {
                        // The collector reports any file error as a failed source; one writing the capture itself (a full
                        // disk) is not the source's fault: it is reported as the capture not written.
                        var writing = WritingFailure(data.Cause, write.TempPath);
                        if (writing != null) throw WriteFailure.Explain(writing, target, "capture", existed && Directory.Exists(target));
                        return data;
                    }
                    // Reading a live source takes minutes: check again what is at the target now, just before it is moved aside.
                    CheckTarget(target, force, definition, keep);
                    write.Commit(force);
                    return data;
                }
            }
            catch (Exception e) when (WriteFailure.Explains(e))
            {
                throw WriteFailure.Explain(e, target, "capture", existed && Directory.Exists(target));
            }
        }

        /// <summary>The input/output error (or one it wraps) that names a file in the staging folder; null when there is none.</summary>
        private static Exception? WritingFailure(Exception? cause, string staging)
        {
            for (var e = cause; e != null; e = e.InnerException)
                if ((e is IOException || e is UnauthorizedAccessException) && e.Message.IndexOf(staging, StringComparison.Ordinal) >= 0) return e;
            return null;
        }

        /// <summary>True when <paramref name="folder"/> is a capture DrAudit saved: a Veeam capture's <c>index.json</c>
        /// with its format, or a Microsoft 365 capture's <c>capture.json</c> naming its source.</summary>
        public static bool IsCapture(string folder)
        {
            try
            {
                var veeam = ReadSmallJson(Path.Combine(folder, VeeamCaptureFile));
                if (veeam != null && (string?)veeam["format"] == VeeamCaptureFormat) return true;
                if (veeam != null && (string?)veeam["format"] == Vb365CaptureFormat) return true;
                var m365 = ReadSmallJson(Path.Combine(folder, M365CaptureFile));
                return m365 != null && !string.IsNullOrEmpty((string?)m365["source"]) && m365["collectedAt"] != null;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is JsonException || e is InvalidCastException)
            {
                return false;
            }
        }

        /// <summary>The index of a Veeam capture and the format it names (written by the veeam collector).</summary>
        public const string VeeamCaptureFile = "index.json";
        public const string VeeamCaptureFormat = "draudit-veeam-capture/1";

        /// <summary>The marker file of a Microsoft 365 capture (written by the m365 collector).</summary>
        public const string M365CaptureFile = "capture.json";

        private static JObject? ReadSmallJson(string path)
        {
            var info = new FileInfo(path);
            if (!info.Exists || (info.Attributes & FileAttributes.ReparsePoint) != 0 || info.Length > 1024 * 1024) return null;
            return JObject.Parse(File.ReadAllText(path));
        }

        private static void CheckTarget(string target, bool force, ClientDefinition definition, IEnumerable<string> protectedPaths)
        {
            Packs.EnclosingDrAuditFolder.EnsureOutside(target);
            var exists = File.Exists(target) || Directory.Exists(target);
            if (exists && !force) throw new IOException("'" + target + "' already exists. Use -Force to replace it, or choose another path.");
            if (File.Exists(target)) throw new IOException("'" + target + "' is a file, not a capture folder.");
            WritableLocation.EnsureCanBeMade(target, "the capture folder");
            var inputs = new List<string?>(protectedPaths) { definition.FilePath };
            inputs.AddRange(definition.RestoreTestFiles);
            inputs.AddRange(definition.Sources.SelectMany(s => new[] { s.Path, s.Capture }));
            FolderReplacement.EnsureMayReplace(target, "a DrAudit source capture", IsCapture, inputs);
            WritableLocation.EnsureCanReplace(target);
        }
    }
}
