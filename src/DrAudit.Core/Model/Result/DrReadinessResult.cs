using System.Collections.Generic;

namespace DrAudit.Core.Model.Result
{
    public sealed class DrReadinessResult
    {
        /// <summary>Services with no Ineffective or NoVisibility DR control.</summary>
        public int ServicesReady { get; set; }
        public int ServicesTotal { get; set; }
        public List<ControlResult> Controls { get; set; } = new List<ControlResult>();
    }
}
