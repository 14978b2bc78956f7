namespace DrAudit.Core.Model.Renewal
{
    /// <summary>What one service's targets asked of the period (restore tests, and a yearly exercise for a critical
    /// service) against what was done.</summary>
    public sealed class RenewalServiceTesting
    {
        public string Service { get; set; } = "";
        public string Name { get; set; } = "";
        public string Tier { get; set; } = "";
        /// <summary>The RTO in hours (latest pack).</summary>
        public double? RtoHours { get; set; }
        /// <summary>"180d": how often the targets ask for a restore test.</summary>
        public string RestoreTestEvery { get; set; } = "";
        public int RestoreTestsRequired { get; set; }
        public int RestoreTestsDone { get; set; }
        public int RestoreTestsSucceeded { get; set; }
        public int RtoProvenTimes { get; set; }
        /// <summary>The fastest successful restore, in hours; null when none recorded a duration.</summary>
        public double? BestRestoreHours { get; set; }
        public int ExercisesRequired { get; set; }
        public int ExercisesDone { get; set; }
        /// <summary>Successful tests and exercises at least what was required.</summary>
        public bool MetRequirement { get; set; }
        /// <summary>The pack whose targets were used.</summary>
        public string Pack { get; set; } = "";
    }
}
