using System;
using System.Collections.Generic;

namespace DrAudit.Core.Model.Definition
{
    /// <summary>A DR exercise and its corrective actions.</summary>
    public sealed class Exercise
    {
        public DateTimeOffset Date { get; set; }
        public ExerciseKind Kind { get; set; }
        public List<string> Services { get; set; } = new List<string>();
        public string? Report { get; set; }
        public List<ExerciseAction> Actions { get; set; } = new List<ExerciseAction>();
    }
}
