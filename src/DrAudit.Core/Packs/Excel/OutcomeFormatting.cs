using ClosedXML.Excel;
using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Packs.Excel
{
    /// <summary>Colours outcome cells by conditional formatting on their text, so a filtered or re-sorted sheet keeps
    /// its colours: red Ineffective, amber NoVisibility, orange NotImplemented, blue AlternateControl, green Effective,
    /// grey NotApplicable.</summary>
    internal static class OutcomeFormatting
    {
        private static readonly (Outcome Outcome, string Fill)[] Fills =
        {
            (Outcome.Ineffective, "#F8CBAD"),
            (Outcome.NoVisibility, "#FFE699"),
            (Outcome.NotImplemented, "#F4B183"),
            (Outcome.AlternateControl, "#BDD7EE"),
            (Outcome.Effective, "#C6EFCE"),
            (Outcome.NotApplicable, "#D9D9D9"),
        };

        public static void Apply(IXLRange range)
        {
            foreach (var (outcome, fill) in Fills)
                range.AddConditionalFormat().WhenEquals("\"" + outcome + "\"").Fill.SetBackgroundColor(XLColor.FromHtml(fill));
        }
    }
}
