using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Evaluation.Scoring
{
    /// <summary>The Essential Eight maturity level for Regular backups (controls.md): the highest level L (1 to 3)
    /// such that every E8 control of level L or below is satisfied at client level (Effective, AlternateControl or
    /// NotApplicable); otherwise 0. NoVisibility blocks a level exactly as Ineffective does.</summary>
    public static class MaturityCalculator
    {
        public const int HighestLevel = 3;

        /// <summary>Sets <see cref="EssentialEightResult.MaturityLevel"/> and <see cref="EssentialEightResult.BlockingNextLevel"/> from its controls.</summary>
        public static void Apply(EssentialEightResult essentialEight)
        {
            essentialEight.MaturityLevel = LevelOf(essentialEight.Controls);
            essentialEight.BlockingNextLevel = BlockingNextLevel(essentialEight.Controls, essentialEight.MaturityLevel);
        }

        public static int LevelOf(IReadOnlyList<ControlResult> controls)
        {
            int level = 0;
            for (int candidate = 1; candidate <= HighestLevel; candidate++)
            {
                if (Unsatisfied(controls, candidate).Any()) break;
                level = candidate;
            }
            return level;
        }

        /// <summary>The unsatisfied controls of level <paramref name="level"/>+1 or below, in catalogue order; empty at the highest level.</summary>
        public static List<string> BlockingNextLevel(IReadOnlyList<ControlResult> controls, int level) =>
            level >= HighestLevel ? new List<string>() : Unsatisfied(controls, level + 1).Select(c => c.Id).ToList();

        private static IEnumerable<ControlResult> Unsatisfied(IEnumerable<ControlResult> controls, int level) =>
            controls.Where(c => c.Level.HasValue && c.Level.Value <= level && !c.Outcome.IsSatisfied());
    }
}
