using System.Collections.Generic;

namespace DrAudit.Core.Model.Result
{
    public sealed class EssentialEightResult
    {
        public string Strategy { get; set; } = "RegularBackups";
        /// <summary>0 to 3.</summary>
        public int MaturityLevel { get; set; }
        /// <summary>Controls of level MaturityLevel+1 or below that are not satisfied (empty at level 3).</summary>
        public List<string> BlockingNextLevel { get; set; } = new List<string>();
        public List<ControlResult> Controls { get; set; } = new List<ControlResult>();
    }
}
