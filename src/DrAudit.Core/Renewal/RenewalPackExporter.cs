using System.Collections.Generic;
using DrAudit.Core.Hosting;
using DrAudit.Core.Packs;
using DrAudit.Core.Storage;

namespace DrAudit.Core.Renewal
{
    /// <summary>
    /// The renewal pack step both front ends run (Export-DrRenewalPack, <c>draudit renewal</c>), talking to them only
    /// through <see cref="IAuditHost"/>: the formats checked, the client's folder of dated packs found, the target
    /// checked before a year of packs is read (Force replaces only an earlier renewal pack or an empty folder, never
    /// the pack root, the client's folder or an input), the packs read into a <see cref="Model.Renewal.RenewalReport"/>,
    /// each of its notes written as a warning, and the pack written atomically (-WhatIf asked first).
    /// </summary>
    public static class RenewalPackExporter
    {
        /// <summary>Writes the renewal pack for <paramref name="options"/> to <paramref name="packPath"/>. Throws, before
        /// anything is read or written, <see cref="PackFormatNotAvailableException"/> for a format a renewal pack cannot
        /// hold, <see cref="RenewalException"/> when the client's folder cannot be found or the period is empty,
        /// <see cref="PackExistsException"/> when the path exists without Force and <see cref="FolderNotReplaceableException"/>
        /// when Force names a folder it may not replace; IO exceptions when the pack cannot be written (an earlier pack
        /// is then left as it was). <see cref="RenewalPackResult.Written"/> is false when the host declined the write.</summary>
        public static RenewalPackResult Export(RenewalOptions options, string packPath, PackWriteOptions packOptions, IAuditHost host)
        {
            RenewalPackWriter.CheckFormats(packOptions.Formats);
            var clientFolder = RenewalReportBuilder.ResolveClientFolder(options);
            var packFolders = new List<string?> { options.PackRoot, clientFolder };
            RenewalPackWriter.CheckTarget(packPath, packOptions.Force, packFolders, packOptions.ProtectedPaths);
            var report = RenewalReportBuilder.Build(options, host);
            foreach (var note in report.Notes) host.WriteWarning(note);
            var written = RenewalPackWriter.Write(report, packPath, packOptions, packFolders, host);
            return new RenewalPackResult(report, written);
        }
    }
}
