using System;
using System.Globalization;
using System.Management.Automation;
using DrAudit.Core.Model;

namespace DrAudit.PowerShell.Commands
{
    /// <summary>
    /// Binds a point in time the way the client definition reads one (docs/rules.md "Time"): text without an offset,
    /// such as '2026-11-01', means UTC, never the machine's zone. A [datetime] keeps its own kind, except an
    /// unspecified one, which is UTC.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class UtcDateTransformationAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            switch (value)
            {
                case string text:
                    if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                        return InRange(parsed);
                    throw new ArgumentTransformationMetadataException($"'{text}' is not a date or time; write it as ISO 8601, e.g. 2026-11-01 or 2026-11-01T00:00:00Z.");
                case DateTime time:
                    return InRange(new DateTimeOffset(time.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(time, DateTimeKind.Utc) : time));
                case DateTimeOffset offset:
                    return InRange(offset);
                default:
                    return inputData;
            }
        }

        /// <summary>An audit's point in time must lie where every date sum stays representable (docs/limits.md).</summary>
        private static DateTimeOffset InRange(DateTimeOffset value)
        {
            if (TimeBounds.Contains(value)) return value;
            throw new ArgumentTransformationMetadataException(
                $"{value.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} is out of range; the point in time must be {TimeBounds.DateRange}.");
        }
    }
}
