using System.Collections.Generic;

namespace DrAudit.Core.Packs.Html.View
{
    /// <summary>Renewal questions under one heading: what is protected, how it is restored, how long it takes, who acts.</summary>
    public sealed class QuestionGroupView
    {
        public string Title { get; set; } = "";
        public List<QuestionView> Questions { get; set; } = new List<QuestionView>();
    }
}
