using System;
using System.Globalization;
using System.Text;

namespace DrAudit.Core.Evaluation.Rules.Support
{
    /// <summary>Puts an evidence line together part by part in one builder kept per thread, so only the finished line is
    /// a new string (joining the parts with + or $"" makes a string of every part, and of every part joined so far).
    /// <see cref="Start"/> hands the builder out and <see cref="Finish"/> takes it back: a line started while another is
    /// being built gets a builder of its own.</summary>
    public static class EvidenceLineBuilder
    {
        /// <summary>A builder that grew larger than this is not kept.</summary>
        private const int MaxKeptCapacity = 1024;

        [ThreadStatic] private static StringBuilder? _kept;

        public static StringBuilder Start()
        {
            var builder = _kept ?? new StringBuilder(256);
            _kept = null;
            return builder.Clear();
        }

        /// <summary>The finished line; the builder is kept for the next.</summary>
        public static string Finish(StringBuilder builder)
        {
            var line = builder.ToString();
            if (builder.Capacity <= MaxKeptCapacity) _kept = builder;
            return line;
        }

        /// <summary>Appends a whole number, invariant (as <see cref="ComponentStatements.N"/> writes it).</summary>
        public static StringBuilder AppendNumber(this StringBuilder builder, int value)
        {
            // Digits alone are the same in every culture; only the minus sign differs.
            return value >= 0 ? builder.Append(value) : builder.Append(value.ToString(CultureInfo.InvariantCulture));
        }

        /// <summary>Appends a point in time as evidence lines print it (<see cref="ComponentStatements.Time"/>): "2026-10-31 22:00Z".</summary>
        public static StringBuilder AppendTime(this StringBuilder builder, DateTimeOffset time)
        {
            var utc = time.UtcDateTime;
            AppendDigits(builder, utc.Year, 4).Append('-');
            AppendDigits(builder, utc.Month, 2).Append('-');
            AppendDigits(builder, utc.Day, 2).Append(' ');
            AppendDigits(builder, utc.Hour, 2).Append(':');
            return AppendDigits(builder, utc.Minute, 2).Append('Z');
        }

        /// <summary>Appends a restore point as <see cref="PointEvidence.Describe"/> words it ("main: point of 'db' at
        /// 2026-10-31 22:00Z in 'nas' by job 'j-db'"), without making that string first: point lines are most of the
        /// lines E8-RB-01, E8-RB-02 and DR-03 keep. A test holds the two to the same words.</summary>
        public static StringBuilder AppendPoint(this StringBuilder builder, in PointEvidence point)
        {
            var restorePoint = point.Point;
            builder.Append(point.SourceId).Append(": point of '").Append(restorePoint.Object).Append("' at ").AppendTime(point.Time);
            if (!string.IsNullOrEmpty(restorePoint.Repository)) builder.Append(" in '").Append(restorePoint.Repository).Append('\'');
            if (!string.IsNullOrEmpty(restorePoint.Job)) builder.Append(" by job '").Append(restorePoint.Job).Append('\'');
            return builder;
        }

        /// <summary>Appends a non-negative number in at least <paramref name="width"/> digits, zeros in front.</summary>
        private static StringBuilder AppendDigits(StringBuilder builder, int value, int width)
        {
            for (int digits = value < 10 ? 1 : value < 100 ? 2 : value < 1000 ? 3 : 4; digits < width; digits++) builder.Append('0');
            return builder.Append(value);
        }
    }
}
