using System.Collections.Generic;

namespace DrAudit.Core.Packs.Html.View
{
    /// <summary>A restore test of a service, as recorded.</summary>
    public sealed class RestoreTestView
    {
        public string Date { get; set; } = "";
        public string Scope { get; set; } = "";
        public string Result { get; set; } = "";
        public bool Succeeded { get; set; }
        public string Duration { get; set; } = "";
        public bool Exercise { get; set; }
        public string Components { get; set; } = "";
        public string ValidatedBy { get; set; } = "";
        public string Validation { get; set; } = "";
        public string Evidence { get; set; } = "";
        public string Quality { get; set; } = "";
        public string Origin { get; set; } = "";
    }
}
