using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading;
using DrAudit.Bench.Baseline;
using DrAudit.Core.Auditing;
using DrAudit.Core.Hosting;
using DrAudit.Core.Packs;
using YamlDotNet.RepresentationModel;

namespace DrAudit.Bench.Benchmark
{
    /// <summary>The two whole-process runs the parent times: <c>pack</c> audits a client and writes its evidence pack
    /// in every format, as <c>draudit audit</c> does; <c>baseline-pack</c> parses the same files bare and writes the
    /// big sheets with <see cref="BareWorkbook"/>. Each prints its peak working set on a line the parent reads.</summary>
    public static class PackMeasurement
    {
        public const string PackCommand = "pack";
        public const string BaselineCommand = "baseline-pack";
        public const string PeakPrefix = "peak-working-set-bytes=";
        public const string CpuPrefix = "cpu-milliseconds=";

        public static int Pack(string clientPath, string outFolder)
        {
            var result = ReadinessAuditor.Audit(clientPath, new AuditOptions(), SilentAuditHost.Instance, CancellationToken.None);
            EvidencePackWriter.Write(result, outFolder, new PackWriteOptions { Force = true }, SilentAuditHost.Instance);
            return Done();
        }

        public static int Baseline(string clientPath, string outFolder)
        {
            // The synthetic client's asOf and window (a bare baseline reads no more of the definition than it needs).
            var root = BareParse.Yaml(clientPath);
            var asOf = DateTimeOffset.Parse(((YamlScalarNode)root["asOf"]).Value!, CultureInfo.InvariantCulture);
            var days = int.Parse(((YamlScalarNode)root["auditWindow"]).Value!.TrimEnd('d'), CultureInfo.InvariantCulture);
            var records = new BareRecords(asOf.AddDays(-days), asOf);
            var folder = Path.GetDirectoryName(Path.GetFullPath(clientPath))!;
            foreach (YamlMappingNode source in (YamlSequenceNode)root["sources"])
                BareParse.Json(Path.Combine(folder, ((YamlScalarNode)source["path"]).Value!), records);
            Directory.CreateDirectory(outFolder);
            BareWorkbook.Write(Path.Combine(outFolder, "baseline.xlsx"), records, ((YamlSequenceNode)root["services"]).Children.Count);
            return Done();
        }

        /// <summary>Prints the process's peak working set and CPU time on the lines the parent reads.</summary>
        public static int Done()
        {
            using var process = Process.GetCurrentProcess();
            Console.WriteLine(PeakPrefix + process.PeakWorkingSet64.ToString(CultureInfo.InvariantCulture));
            Console.WriteLine(CpuPrefix + process.TotalProcessorTime.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture));
            return 0;
        }
    }
}
