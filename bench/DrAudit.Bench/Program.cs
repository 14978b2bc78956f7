using System;
using System.Globalization;
using System.Linq;
using DrAudit.Bench.Benchmark;
using DrAudit.Bench.Sample;

namespace DrAudit.Bench
{
    /// <summary>
    /// <c>sample &lt;folder&gt;</c>: regenerates the sample client's source captures under the folder
    /// (samples/contoso-dental). <c>run [--objects 2000] [--days 90]</c>: the large-client benchmark.
    /// </summary>
    public static class Program
    {
        private const string Usage =
            "usage: DrAudit.Bench sample <sample-folder>\n" +
            "       DrAudit.Bench run [--objects 2000] [--days 90] [--keep] [--gc default|server|non-concurrent]\n" +
            "       DrAudit.Bench measure <client.yaml>\n" +
            "       DrAudit.Bench pack|baseline-pack <client.yaml> <out-folder>\n" +
            "       DrAudit.Bench report <client.yaml>\n" +
            "       DrAudit.Bench score <client.yaml>\n" +
            "       DrAudit.Bench fleet [--clients 20] [--objects 200] [--days 90] [--keep]";

        public static int Main(string[] args)
        {
            if (args.Length == 0) return Fail(Usage);
            switch (args[0])
            {
                case "sample":
                    if (args.Length != 2) return Fail(Usage);
                    foreach (var written in SampleCaptureWriter.Write(args[1])) Console.WriteLine("wrote " + written);
                    return 0;
                case "run":
                case FleetMeasurement.Command:
                    var options = new BenchmarkOptions();
                    if (args[0] == FleetMeasurement.Command) options.Objects = 200;
                    for (var i = 1; i < args.Length; i++)
                    {
                        switch (args[i])
                        {
                            case "--objects" when i + 1 < args.Length && TryCount(args[i + 1], out var objects):
                                options.Objects = objects;
                                i++;
                                break;
                            case "--days" when i + 1 < args.Length && TryCount(args[i + 1], out var days):
                                options.Days = days;
                                i++;
                                break;
                            case "--gc" when i + 1 < args.Length && (args[i + 1] == "default" || args[i + 1] == "server" || args[i + 1] == "non-concurrent"):
                                options.Gc = args[i + 1];
                                i++;
                                break;
                            case "--clients" when args[0] == FleetMeasurement.Command && i + 1 < args.Length && TryCount(args[i + 1], out var clients):
                                options.Clients = clients;
                                i++;
                                break;
                            case "--keep":
                                options.Keep = true;
                                break;
                            default:
                                return Fail("unknown or incomplete option '" + args[i] + "'\n" + Usage);
                        }
                    }
                    return args[0] == FleetMeasurement.Command ? FleetMeasurement.Run(options, Console.Out) : BenchmarkRunner.Run(options, Console.Out);
                case FleetMeasurement.MeasureCommand:
                    if (args.Length < 4 || !TryCount(args[1], out var workers)) return Fail(Usage);
                    return FleetMeasurement.Measure(workers, args[2], args.Skip(3).ToList());
                case BenchmarkRunner.MeasureCommand:
                    // Started by `run` in a process of its own; may also be pointed at any client definition.
                    if (args.Length != 2) return Fail(Usage);
                    return AuditMeasurement.Run(args[1], Console.Out);
                case PackMeasurement.PackCommand:
                    if (args.Length != 3) return Fail(Usage);
                    return PackMeasurement.Pack(args[1], args[2]);
                case PackMeasurement.BaselineCommand:
                    if (args.Length != 3) return Fail(Usage);
                    return PackMeasurement.Baseline(args[1], args[2]);
                case ScoreBreakdown.Command:
                    if (args.Length != 2) return Fail(Usage);
                    return ScoreBreakdown.Run(args[1], Console.Out);
                case ReportBudget.Command:
                    if (args.Length != 2) return Fail(Usage);
                    return ReportBudget.Run(args[1], Console.Out);
                default:
                    return Fail(Usage);
            }
        }

        private static bool TryCount(string text, out int value) =>
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0;

        private static int Fail(string message)
        {
            Console.Error.WriteLine(message);
            return 1;
        }
    }
}
