using System;
using System.Globalization;
using System.Linq;
using System.Net.Http;

namespace DrAudit.Core.Sources.Http
{
    /// <summary>Reads a response's Retry-After: delay seconds (fractional too, e.g. <c>2.128</c>, which the typed
    /// header parser rejects) or an HTTP date.</summary>
    public static class RetryAfterHeader
    {
        public static TimeSpan? Read(HttpResponseMessage response, DateTimeOffset now)
        {
            if (response == null) throw new ArgumentNullException(nameof(response));
            if (!response.Headers.TryGetValues("Retry-After", out var values)) return null;
            return Parse(values.FirstOrDefault(), now);
        }

        public static TimeSpan? Parse(string? value, DateTimeOffset now)
        {
            if (string.IsNullOrWhiteSpace(value)) return null;
            var text = value!.Trim();
            if (double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds))
            {
                return seconds > TimeSpan.MaxValue.TotalSeconds / 2 ? TimeSpan.MaxValue : TimeSpan.FromTicks((long)(seconds * TimeSpan.TicksPerSecond));
            }
            if (DateTimeOffset.TryParseExact(text, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
            {
                var wait = date - now;
                return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
            }
            return null;
        }
    }
}
