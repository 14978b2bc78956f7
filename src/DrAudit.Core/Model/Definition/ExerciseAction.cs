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
    }
}
