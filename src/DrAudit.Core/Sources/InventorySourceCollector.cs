using System;
using System.IO;
using System.Linq;
using System.Threading;
using DrAudit.Core.Loading;
using DrAudit.Core.Loading.Inventory;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Sources
{
    /// <summary>A source of <c>type: inventory</c>: reads the neutral inventory from <c>path</c> (or <c>capture</c>,
    /// which for this type is the same format). An export is <see cref="EvidenceQuality.Fair"/> evidence. A file that
    /// cannot be read makes the source Failed with a located reason; the audit goes on.</summary>
    public sealed class InventorySourceCollector : ISourceCollector
    {
        public string Type => SourceDefinition.InventoryType;

        public SourceData Collect(SourceDefinition source, CollectionContext context, CancellationToken cancellation)
        {
            if (source == null) throw new ArgumentNullException(nameof(source));
            if (context == null) throw new ArgumentNullException(nameof(context));
            cancellation.ThrowIfCancellationRequested();
            var path = string.IsNullOrEmpty(source.Capture) ? source.Path : source.Capture;
            if (string.IsNullOrEmpty(path))
            {
                return SourceData.Failed(source, "source '" + source.Id + "' of type inventory names no path to read.");
            }
            context.Host.WriteVerbose("Reading inventory for source '" + source.Id + "' from " + path);
            Model.Inventory.Inventory inventory;
            // Stamped before reading: a file that changes while or after it is read no longer matches, and is not copied.
            var stamp = InventoryFileStamp.Of(path!);
            try
            {
                inventory = InventoryReader.Read(path!, cancellation);
            }
            catch (DefinitionException e)
            {
                return SourceData.Failed(source, Describe(e));
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is System.Security.SecurityException)
            {
                return SourceData.Failed(source, path + ": " + e.Message);
            }
            if (string.IsNullOrEmpty(inventory.Source))
            {
                inventory.Source = source.Id;
            }
            else if (!string.Equals(inventory.Source, source.Id, StringComparison.Ordinal))
            {
                context.Host.WriteWarning("The inventory at " + path + " says it is from source '" + inventory.Source
                    + "' but is read for source '" + source.Id + "'; check the client definition points at the right file.");
            }
            return new SourceData(source)
            {
                Inventory = inventory,
                Quality = EvidenceQuality.Fair,
                CollectedAt = inventory.CollectedAt ?? FileTime(path!),
                InventoryFile = stamp,
            };
        }

        /// <summary>"/x/inv.json:12:5: 'location' of a repository is 'moon'; ... (and 3 more problems)".</summary>
        private static string Describe(DefinitionException e)
        {
            var errors = e.Problems.Where(p => p.Severity == ProblemSeverity.Error).ToList();
            if (errors.Count == 0) return e.Message;
            var more = errors.Count > 1 ? " (and " + (errors.Count - 1) + " more problem" + (errors.Count > 2 ? "s" : "") + ")" : "";
            return errors[0] + more;
        }

        /// <summary>When the file (or the newest file of a CSV folder) was last written.</summary>
        private static DateTimeOffset? FileTime(string path)
        {
            try
            {
                if (File.Exists(path)) return new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero);
                var newest = Directory.EnumerateFiles(path).Select(File.GetLastWriteTimeUtc).DefaultIfEmpty().Max();
                return newest == default ? (DateTimeOffset?)null : new DateTimeOffset(newest, TimeSpan.Zero);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                return null;
            }
        }
    }
}
