using System;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DrAudit.Core.Model
{
    /// <summary>
    /// A length of time as written in a client definition: a number and a unit, units m h d w y
    /// combinable (<c>1d12h</c>), or ISO 8601 (<c>PT4H</c>, <c>P7D</c>). A year is 365 days.
    /// Printed back in a canonical short form (<c>4h</c>, <c>1d12h</c>, <c>90d</c>).
    /// </summary>
    public readonly struct Duration : IEquatable<Duration>, IComparable<Duration>
    {
        // [0-9], not \d: \d also matches other scripts' digits (٣), which the number parser below refuses with an exception.
        private static readonly Regex Short = new Regex(@"^(?:([0-9]+)y)?(?:([0-9]+)w)?(?:([0-9]+)d)?(?:([0-9]+)h)?(?:([0-9]+)m)?$", RegexOptions.CultureInvariant);
        private static readonly Regex Iso = new Regex(@"^P(?:([0-9]+)Y)?(?:([0-9]+)W)?(?:([0-9]+)D)?(?:T(?:([0-9]+)H)?(?:([0-9]+)M)?(?:([0-9]+)S)?)?$", RegexOptions.CultureInvariant);

        public Duration(TimeSpan value) { Value = value; }

        public TimeSpan Value { get; }

        public double TotalHours => Value.TotalHours;

        public static Duration FromHours(double hours) => new Duration(TimeSpan.FromHours(hours));

        public static Duration FromDays(double days) => new Duration(TimeSpan.FromDays(days));

        /// <summary>A number of days a backup system states (a retention, a restore window): 0 or more, and at most the
        /// longest duration DrAudit holds (100 years, <see cref="TimeBounds.LongestDuration"/>, as a "keep forever"). A server
        /// may state more days than a TimeSpan can hold (<see cref="FromDays"/> would throw OverflowException).</summary>
        public static Duration FromStatedDays(long days) =>
            new Duration(days <= 0 ? TimeSpan.Zero : days >= (long)TimeBounds.LongestDuration.TotalDays ? TimeBounds.LongestDuration : TimeSpan.FromDays(days));

        /// <summary>The forms this type accepts, for error messages.</summary>
        public const string ExpectedForm = "a duration such as 15m, 4h, 1d12h, 90d, 7y or ISO 8601 PT4H / P30D";

        public static bool TryParse(string? text, out Duration duration)
        {
            duration = default;
            if (string.IsNullOrWhiteSpace(text)) return false;
            var s = text!.Trim();
            var m = Short.Match(s);
            if (m.Success && s.Length > 0)
            {
                return TryBuild(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value, m.Groups[4].Value, m.Groups[5].Value, "", out duration);
            }
            m = Iso.Match(s.ToUpperInvariant());
            if (m.Success && s.Length > 1 && !s.EndsWith("T", StringComparison.OrdinalIgnoreCase))
            {
                return TryBuild(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value, m.Groups[4].Value, m.Groups[5].Value, m.Groups[6].Value, out duration);
            }
            return false;
        }

        public static Duration Parse(string text)
        {
            if (TryParse(text, out var d)) return d;
            throw new FormatException($"'{text}' is not {ExpectedForm}.");
        }

        private static bool TryBuild(string y, string w, string d, string h, string m, string sec, out Duration duration)
        {
            duration = default;
            if (y.Length + w.Length + d.Length + h.Length + m.Length + sec.Length == 0) return false;
            try
            {
                checked
                {
                    long minutes = 0;
                    minutes += Num(y) * 365L * 24 * 60;
                    minutes += Num(w) * 7L * 24 * 60;
                    minutes += Num(d) * 24L * 60;
                    minutes += Num(h) * 60L;
                    minutes += Num(m);
                    long seconds = minutes * 60 + Num(sec);
                    if (seconds > (long)TimeSpan.MaxValue.TotalSeconds / 2) return false;
                    duration = new Duration(TimeSpan.FromSeconds(seconds));
                    return true;
                }
            }
            catch (OverflowException) { return false; }
        }

        private static long Num(string s) => s.Length == 0 ? 0 : long.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);

        /// <summary>Canonical short form: days, hours, minutes (and seconds if any), e.g. <c>1d12h</c>; zero is <c>0m</c>.</summary>
        public override string ToString()
        {
            var t = Value;
            if (t == TimeSpan.Zero) return "0m";
            var sb = new StringBuilder();
            if (t < TimeSpan.Zero) { sb.Append('-'); t = t.Negate(); }
            long days = (long)t.TotalDays;
            if (days > 0) sb.Append(days.ToString(CultureInfo.InvariantCulture)).Append('d');
            if (t.Hours > 0) sb.Append(t.Hours.ToString(CultureInfo.InvariantCulture)).Append('h');
            if (t.Minutes > 0) sb.Append(t.Minutes.ToString(CultureInfo.InvariantCulture)).Append('m');
            if (t.Seconds > 0) sb.Append(t.Seconds.ToString(CultureInfo.InvariantCulture)).Append('s');
            return sb.ToString();
        }

        /// <summary>Plain words for business readers: "31 hours", "4 hours", "2 days", "90 minutes".</summary>
        public string ToWords() => DurationWords.Of(Value);

        public bool Equals(Duration other) => Value.Equals(other.Value);
        public override bool Equals(object? obj) => obj is Duration d && Equals(d);
        public override int GetHashCode() => Value.GetHashCode();
        public int CompareTo(Duration other) => Value.CompareTo(other.Value);
        public static bool operator ==(Duration a, Duration b) => a.Equals(b);
        public static bool operator !=(Duration a, Duration b) => !a.Equals(b);
        public static bool operator <(Duration a, Duration b) => a.Value < b.Value;
        public static bool operator >(Duration a, Duration b) => a.Value > b.Value;
        public static bool operator <=(Duration a, Duration b) => a.Value <= b.Value;
        public static bool operator >=(Duration a, Duration b) => a.Value >= b.Value;
    }
}
