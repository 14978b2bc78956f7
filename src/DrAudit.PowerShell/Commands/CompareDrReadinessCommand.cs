using System;
using System.IO;
using System.Management.Automation;
using DrAudit.Core.Comparison;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Packs;

namespace DrAudit.PowerShell.Commands
{
    /// <summary>Compare-DrReadiness: what changed from an older readiness result to a newer one of the same client
    /// (maturity, findings new / still open / resolved by key, control outcomes per control and service). Each side is a
    /// result object or an evidence pack folder (or its readiness.json).</summary>
    [Cmdlet(VerbsData.Compare, "DrReadiness")]
    [OutputType(typeof(ReadinessComparison))]
    public sealed class CompareDrReadinessCommand : DrAuditCmdlet
    {
        /// <summary>The older audit: a ReadinessResult, or a pack folder path.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNull]
        public object? Reference { get; set; }

        /// <summary>The newer audit: a ReadinessResult, or a pack folder path.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true)]
        [ValidateNotNull]
        public object? Difference { get; set; }

        // Reference-type fields only: a value-type field naming a DrAudit.Core type (a tuple) would make PowerShell load
        // DrAudit.Core while it inspects the cmdlets, before the module's isolated loader is registered.
        private ReadinessResult? _reference;
        private string? _referencePack;

        protected override void BeginProcessing()
        {
            var loaded = Load(Reference, nameof(Reference));
            if (loaded == null) return;
            _reference = loaded.Value.Result;
            _referencePack = loaded.Value.Pack;
        }

        protected override void ProcessRecord()
        {
            if (_reference == null) return;
            var difference = Load(Difference, nameof(Difference));
            if (difference == null) return;
            try
            {
                WriteObject(ReadinessComparer.Compare(_reference, difference.Value.Result, _referencePack, difference.Value.Pack));
            }
            catch (ComparisonException e)
            {
                WriteError(ComparisonErrors.ComparisonFailed(e, Difference!));
            }
        }

        /// <summary>The result and, when read from a pack, the pack's folder name; null after writing an error.</summary>
        private (ReadinessResult Result, string? Pack)? Load(object? value, string parameter)
        {
            var unwrapped = value is PSObject wrapped ? wrapped.BaseObject : value;
            string path;
            switch (unwrapped)
            {
                case ReadinessResult result:
                    return (result, null);
                case PackWriteResult written:
                    path = written.Path;
                    break;
                case PackVerification verified:
                    path = verified.Path;
                    break;
                case FileSystemInfo info:
                    path = info.FullName;
                    break;
                case string text when text.Length > 0:
                    var resolved = ResolveSinglePath(text, ComparisonErrors.NoPackMatches);
                    if (resolved == null) return null;
                    path = resolved;
                    break;
                default:
                    WriteError(ComparisonErrors.NotAResult(unwrapped, parameter));
                    return null;
            }
            try
            {
                return (EvidencePackReader.Read(path), EvidencePackReader.PackName(path));
            }
            catch (FileNotFoundException e)
            {
                WriteError(ComparisonErrors.PackNotFound(e, path));
            }
            catch (Exception e) when (e is ComparisonException || e is IOException || e is UnauthorizedAccessException)
            {
                WriteError(ComparisonErrors.ComparisonFailed(e, path));
            }
            return null;
        }
    }
}
