using System;

namespace DrAudit.Core.Model.Definition
{
    /// <summary>A corrective action from an exercise; open while <see cref="ClosedOn"/> is null.</summary>
    public sealed class ExerciseAction
    {
        public string Id { get; set; } = "";
        public string Text { get; set; } = "";
        public string? Owner { get; set; }
        public DateTimeOffset? Due { get; set; }
        public DateTimeOffset? ClosedOn { get; set; }

        /// <summary>Closed at or before <paramref name="asOf"/> (a later closure has not happened yet).</summary>
        public bool IsClosed(DateTimeOffset asOf) => ClosedOn.HasValue && ClosedOn.Value <= asOf;

        /// <summary>Open at <paramref name="asOf"/> and past the end of its due day (docs/rules.md).</summary>
        public bool IsOverdue(DateTimeOffset asOf) => Due.HasValue && asOf >= Due.Value.AddDays(1) && !IsClosed(asOf);
    }
}
