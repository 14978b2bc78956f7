using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Packs;
using DrAudit.PowerShell.Hosting;

namespace DrAudit.PowerShell.Commands
{
    /// <summary>Export-DrEvidencePack: writes a readiness result as an evidence pack folder (readiness.json, client/,
    /// inventories/, manifest.json). Never replaces an existing pack without -Force.</summary>
    [Cmdlet(VerbsData.Export, "DrEvidencePack", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(PackWriteResult))]
    public sealed class ExportDrEvidencePackCommand : DrAuditCmdlet
    {
        [Parameter(Mandatory = true, ValueFromPipeline = true)]
        [ValidateNotNull]
        public ReadinessResult? InputObject { get; set; }

        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = "";

        [Parameter]
        [ValidateNotNullOrEmpty]
        public PackFormat[] Format { get; set; } = { PackFormat.Json };

        [Parameter]
        public SwitchParameter Force { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            var packPath = ResolvePath(Path);
            var options = new PackWriteOptions
            {
                Formats = Format.Aggregate((PackFormat)0, (all, one) => all | one),
                Force = Force,
            };
            try
            {
                var written = EvidencePackWriter.Write(InputObject!, packPath, options, new CmdletAuditHost(this));
                if (written.Written && PassThru) WriteObject(written);
            }
            catch (PackExistsException e)
            {
                WriteError(DrAuditErrors.PackExists(e, packPath));
            }
            catch (PackFormatNotAvailableException e)
            {
                WriteError(DrAuditErrors.FormatNotAvailable(e, e.Format));
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                WriteError(DrAuditErrors.PackWriteFailed(e, packPath));
            }
        }
    }
}
