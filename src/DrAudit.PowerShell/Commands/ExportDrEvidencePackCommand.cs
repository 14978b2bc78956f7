using System;
using System.IO;
using System.Management.Automation;
using DrAudit.Core.Comparison;
using DrAudit.Core.Hosting;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Packs;
using DrAudit.PowerShell.Hosting;

namespace DrAudit.PowerShell.Commands
{
    /// <summary>Export-DrEvidencePack: writes a readiness result as an evidence pack folder (readiness.json, client/,
    /// inventories/, report.html, evidence.xlsx, manifest.json). Never replaces an existing pack without -Force.</summary>
    [Cmdlet(VerbsData.Export, "DrEvidencePack", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(PackWriteResult))]
    public sealed class ExportDrEvidencePackCommand : PackWritingCmdlet
    {
        [Parameter(Mandatory = true, ValueFromPipeline = true)]
        [ValidateNotNull]
        public ReadinessResult? InputObject { get; set; }

        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = "";

        [Parameter]
        [ValidateNotNullOrEmpty]
        public PackFormat[] Format { get; set; } = { PackFormat.Json, PackFormat.Html, PackFormat.Excel };

        /// <summary>A folder of templates (a copy of the module's templates/) that replace the built-in ones file by file.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? TemplatePath { get; set; }

        [Parameter]
        public SwitchParameter Force { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <summary>The client's previous evidence pack: the new pack gets a "since the last audit" comparison with it.</summary>
        [Parameter]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string? PreviousPack { get; set; }

        protected override void ProcessRecord()
        {
            var packPath = ResolvePath(Path);
            if (PreviousPack != null && !AddComparison(packPath)) return;
            WritingPack(packPath, TemplatePath, () =>
            {
                var options = PackOptions(Format, Force, TemplatePath);
                var written = EvidencePackWriter.Write(InputObject!, packPath, options, new CmdletAuditHost(this));
                if (written.Written && PassThru) WriteObject(written);
                if (written.Written && Show) ShowReport(() => PackReport.Open(written.Path, SystemFileOpener.Instance), written.Path);
            });
        }

        /// <summary>Sets the result's SinceLastAudit from -PreviousPack; false (after writing an error) when it cannot.</summary>
        private bool AddComparison(string packPath)
        {
            var previous = ResolveSinglePath(PreviousPack!, ComparisonErrors.NoPackMatches);
            if (previous == null) return false;
            try
            {
                InputObject!.SinceLastAudit = ReadinessComparer.Compare(EvidencePackReader.Read(previous), InputObject,
                    EvidencePackReader.PackName(previous), System.IO.Path.GetFileName(packPath.TrimEnd(System.IO.Path.DirectorySeparatorChar, System.IO.Path.AltDirectorySeparatorChar)));
                return true;
            }
            catch (FileNotFoundException e)
            {
                WriteError(ComparisonErrors.PackNotFound(e, previous));
            }
            catch (Exception e) when (e is ComparisonException || e is IOException || e is UnauthorizedAccessException)
            {
                WriteError(ComparisonErrors.ComparisonFailed(e, previous));
            }
            return false;
        }

    }
}
