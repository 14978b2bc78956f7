using System.Globalization;
using DrAudit.Core.Model;
using DrAudit.Core.Sources;

namespace DrAudit.Cli
{
    /// <summary>
    /// Reads --request-timeout and --source-deadline: a number of seconds (<c>90</c>, <c>90s</c>) or a duration
    /// (<c>5m</c>, <c>1h</c>, <c>PT90S</c>), within the bounds of <see cref="SourceTimeouts"/>.
    /// </summary>
    public static class TimeLimitArguments
    {
        public const string RequestTimeout = "--request-timeout";
        public const string SourceDeadline = "--source-deadline";
        public static readonly string[] ValueOptions = { RequestTimeout, SourceDeadline };

        /// <summary>The time limits given on the command line (null where not given).</summary>
        public static SourceTimeouts Parse(CommandLine line) => new SourceTimeouts
        {
            RequestTimeout = line.Value(RequestTimeout) is string timeout ? Parse(RequestTimeout, timeout, SourceTimeouts.RequestTimeoutProblem) : (TimeSpan?)null,
            Deadline = line.Value(SourceDeadline) is string deadline ? Parse(SourceDeadline, deadline, SourceTimeouts.DeadlineProblem) : (TimeSpan?)null,
        };

        private static TimeSpan Parse(string option, string text, Func<TimeSpan, string?> problem)
        {
            var seconds = text.EndsWith("s", StringComparison.Ordinal) ? text.Substring(0, text.Length - 1) : text;
            TimeSpan value;
            if (int.TryParse(seconds, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) value = TimeSpan.FromSeconds(n);
            else if (Duration.TryParse(text, out var duration)) value = duration.Value;
            else throw new CliUsageException($"{option} '{text}' is not a number of seconds (90, 90s) or a duration (5m, 1h).");
            if (problem(value) is string why) throw new CliUsageException($"{option} '{text}': {why}.");
            return value;
        }
    }
}
