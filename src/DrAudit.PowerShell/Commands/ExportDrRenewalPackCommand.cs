using System;
using System.IO;
using System.Management.Automation;
using DrAudit.Core.Hosting;
using DrAudit.Core.Packs;
using DrAudit.Core.Renewal;
using DrAudit.PowerShell.Hosting;

namespace DrAudit.PowerShell.Commands
{
    /// <summary>Export-DrRenewalPack: reads a client's dated evidence packs over the contract period, verifies each, and
    /// writes a renewal pack (renewal.html, renewal.xlsx, renewal.json, manifest.json). Never replaces an existing
    /// pack without -Force, and -Force only ever replaces an earlier renewal pack.</summary>
    [Cmdlet(VerbsData.Export, "DrRenewalPack", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(RenewalPackResult))]
    public sealed class ExportDrRenewalPackCommand : PackWritingCmdlet
    {
        /// <summary>The client's id (its folder under -PackRoot) or the client's folder of dated packs.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.PackClientCompleter))]
        public string Client { get; set; } = "";

        /// <summary>The folder Invoke-DrAudit, draudit fleet and scheduled runs write to: &lt;root&gt;/&lt;client id&gt;/&lt;yyyy-MM-dd&gt;/.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? PackRoot { get; set; }

        /// <summary>The renewal pack folder to write.</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = "";

        /// <summary>Start of the period (default: the first day of the month eleven months before -To).</summary>
        [Parameter]
        [UtcDateTransformation]
        public DateTimeOffset? From { get; set; }

        /// <summary>End of the period (default: now).</summary>
        [Parameter]
        [UtcDateTransformation]
        public DateTimeOffset? To { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public PackFormat[] Format { get; set; } = { PackFormat.Json, PackFormat.Html, PackFormat.Excel };

        /// <summary>A folder of templates that replace the built-in ones file by file (renewal-report.liquid, renewal-styles.css, styles.css).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? TemplatePath { get; set; }

        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void EndProcessing()
        {
            var packPath = ResolvePath(Path);
            var options = new RenewalOptions { Client = Client, PackRoot = Resolve(PackRoot), From = From, To = To };
            try
            {
                WritingPack(packPath, TemplatePath, () =>
                {
                    var result = RenewalPackExporter.Export(ResolvedClient(options), packPath, PackOptions(Format, Force, TemplatePath), new CmdletAuditHost(this));
                    if (!result.Written) return;
                    WriteObject(result);
                    if (Show) ShowReport(() => PackReport.OpenRenewal(result.Path, SystemFileOpener.Instance), result.Path);
                });
            }
            catch (RenewalException e)
            {
                WriteError(DrAuditErrors.RenewalClientNotFound(e, Client));
            }
        }

        /// <summary>-Client as a provider path when it names an existing folder (relative to the PowerShell location, not the process's).</summary>
        private RenewalOptions ResolvedClient(RenewalOptions options)
        {
            if (options.PackRoot != null && Directory.Exists(System.IO.Path.Combine(options.PackRoot, Client))) return options;
            var asPath = ResolvePath(Client);
            if (Directory.Exists(asPath)) options.Client = asPath;
            return options;
        }

    }
}
