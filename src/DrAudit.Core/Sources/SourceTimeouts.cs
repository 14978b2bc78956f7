using System;
using System.Globalization;
using DrAudit.Core.Model;
using DrAudit.Core.Model.Definition;

namespace DrAudit.Core.Sources
{
    /// <summary>
    /// How long a live source may take (docs/limits.md): each request gets <see cref="RequestTimeoutFor"/> per
    /// attempt, and the whole collection of one source <see cref="DeadlineFor"/>, after which the source fails
    /// (its controls become NoVisibility) with the reason and the audit goes on. A value given by the caller
    /// (a command-line option or cmdlet parameter) wins over the source's own <c>requestTimeout</c> /
    /// <c>deadline</c>, which win over the defaults.
    /// </summary>
    public sealed class SourceTimeouts
    {
        public static readonly TimeSpan DefaultRequestTimeout = TimeSpan.FromSeconds(60);
        public static readonly TimeSpan DefaultDeadline = TimeSpan.FromMinutes(10);
        public static readonly TimeSpan LongestRequestTimeout = TimeSpan.FromHours(1);
        public static readonly TimeSpan LongestDeadline = TimeSpan.FromHours(24);

        /// <summary>Overrides every source's request timeout; null: the source's own, else the default.</summary>
        public TimeSpan? RequestTimeout { get; set; }

        /// <summary>Overrides every source's deadline; null: the source's own, else the default.</summary>
        public TimeSpan? Deadline { get; set; }

        public TimeSpan RequestTimeoutFor(SourceDefinition source) => RequestTimeout ?? source.RequestTimeout?.Value ?? DefaultRequestTimeout;

        public TimeSpan DeadlineFor(SourceDefinition source) => Deadline ?? source.Deadline?.Value ?? DefaultDeadline;

        /// <summary>Why <paramref name="value"/> cannot be a request timeout, or null when it can.</summary>
        public static string? RequestTimeoutProblem(TimeSpan value) => Problem(value, LongestRequestTimeout, "1 hour");

        /// <summary>Why <paramref name="value"/> cannot be a source deadline, or null when it can.</summary>
        public static string? DeadlineProblem(TimeSpan value) => Problem(value, LongestDeadline, "24 hours");

        private static string? Problem(TimeSpan value, TimeSpan longest, string longestWords) =>
            value <= TimeSpan.Zero ? "it must be longer than zero"
            : value > longest ? "it may be at most " + longestWords
            : null;

        /// <summary>For messages: "1 second", "90 seconds", "10 minutes".</summary>
        public static string Words(TimeSpan value)
        {
            if (value >= TimeSpan.FromMinutes(2)) return DurationWords.Of(value);
            var seconds = value.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
            return seconds + (seconds == "1" ? " second" : " seconds");
        }
    }
}
