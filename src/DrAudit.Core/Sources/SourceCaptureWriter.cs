using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading;
using DrAudit.Core.Hosting;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Storage;

namespace DrAudit.Core.Sources
{
    /// <summary>Reads one live source of a client definition and saves every response into a folder that the
    /// source's <c>capture:</c> mode reads back (Save-DrSourceCapture). The folder appears only when complete; an
    /// existing one is replaced only with force, and only after the new one is complete. No token or password is saved.</summary>
    public static class SourceCaptureWriter
    {
        public const string WriteAction = "Save a capture of the source";

        /// <summary>Source types whose live collector can record a capture.</summary>
        public static readonly IReadOnlyCollection<string> CapturableTypes = new[] { SourceDefinition.VeeamType, SourceDefinition.M365Type };

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
                    string.Join(" and ", CapturableTypes) + " sources can be captured.");
            return source;
        }

        /// <summary>Captures the source into <paramref name="targetPath"/>. Returns null when the host declined
        /// (-WhatIf); the source's data otherwise (when it failed, nothing was written: see <see cref="SourceData.Error"/>).
        /// Throws <see cref="IOException"/> when the target exists and <paramref name="force"/> is false.</summary>
        public static SourceData? Save(ClientDefinition definition, string sourceId, string targetPath, bool force,
            IDictionary<string, NetworkCredential> credentials, IAuditHost host, CancellationToken cancellation)
        {
            var source = CapturableSource(definition, sourceId);
            var target = Path.GetFullPath(targetPath.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
            var exists = File.Exists(target) || Directory.Exists(target);
            if (exists && !force) throw new IOException("'" + target + "' already exists. Use -Force to replace it, or choose another path.");
            if (!host.ShouldProcess(target, WriteAction + " '" + source.Id + "'")) return null;

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var temp = AtomicFolder.SiblingPath(target, "tmp");
            var context = new CollectionContext(definition.ResolveAsOf(DateTimeOffset.UtcNow), definition.AuditWindow, host)
            {
                Definition = definition,
                SaveCaptureTo = temp,
            };
            foreach (var credential in credentials) context.Credentials[credential.Key] = credential.Value;
            try
            {
                var data = SourceCollectors.For(source.Type).Collect(source, context, cancellation);
                if (data.Ok) AtomicFolder.MoveIntoPlace(temp, target, exists, host);
                return data;
            }
            finally
            {
                AtomicFolder.TryDelete(temp, host);
            }
        }
    }
}
