using System.Globalization;

namespace DrAudit.Bench.Benchmark
{
    /// <summary>One measured figure next to its baseline.</summary>
    public sealed class Figure
    {
        public Figure(string what, double value, string unit, string baseline, double baselineValue)
        {
            What = what;
            Value = value;
            Unit = unit;
            Baseline = baseline;
            BaselineValue = baselineValue;
        }

        public string What { get; }
        public double Value { get; }
        public string Unit { get; }
        public string Baseline { get; }
        public double BaselineValue { get; }
        public double Ratio => BaselineValue > 0 ? Value / BaselineValue : 0;

        public string Row() => string.Format(CultureInfo.InvariantCulture, "| {0} | {1:N0} {2} | {3}: {4:N0} {2} | {5:0.00}x |",
            What, Value, Unit, Baseline, BaselineValue, Ratio);

        public const string Header = "| figure | DrAudit | baseline | ratio |\n|---|---:|---|---:|";
    }
}
