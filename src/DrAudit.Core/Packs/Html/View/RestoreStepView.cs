using System.Collections.Generic;

namespace DrAudit.Core.Packs.Html.View
{
    /// <summary>One step of a service's restore order.</summary>
    public sealed class RestoreStepView
    {
        public int Position { get; set; }
        public string ComponentId { get; set; } = "";
        public string ComponentName { get; set; } = "";
    }
}
