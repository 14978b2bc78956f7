using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Packs.Html.View;

namespace DrAudit.Core.Packs.Html
{
    /// <summary>Each outcome's symbol, label and CSS class: a symbol and a word as well as a colour, so the matrix
    /// reads in greyscale print.</summary>
    public static class OutcomeStyles
    {
        private static readonly Dictionary<Outcome, (string Symbol, string Label, string Meaning)> Styles = new Dictionary<Outcome, (string, string, string)>
        {
            [Outcome.Effective] = ("\u2713", "Effective", "Evidence shows the requirement is met."),
            [Outcome.AlternateControl] = ("\u2248", "Alternate control", "Not met as written; an accepted exception with a compensating control covers it."),
            [Outcome.NotImplemented] = ("\u25CB", "Not implemented", "The client has chosen not to do it."),
            [Outcome.NoVisibility] = ("?", "No visibility", "The evidence needed could not be had. Never a pass."),
            [Outcome.Ineffective] = ("\u2717", "Ineffective", "Evidence shows the requirement is not met."),
            [Outcome.NotApplicable] = ("\u2013", "Not applicable", "Does not apply; the reason is stated."),
        };

        public static OutcomeView For(Outcome outcome)
        {
            var s = Styles[outcome];
            return new OutcomeView
            {
                Name = outcome.ToString(),
                Symbol = s.Symbol,
                Label = s.Label,
                Meaning = s.Meaning,
                CssClass = "o-" + outcome.ToString().ToLowerInvariant(),
            };
        }

        /// <summary>An outcome that may be missing: a control or service that was not judged in that audit is shown as
        /// "Not judged" (a dash, grey, no outcome name).</summary>
        public static OutcomeView For(Outcome? outcome) =>
            outcome == null
                ? new OutcomeView { Name = "", Symbol = "\u2014", Label = "Not judged", Meaning = "Not judged in that audit.", CssClass = "o-none" }
                : For(outcome.Value);

        /// <summary>Every outcome, worst first, for the legend.</summary>
        public static List<OutcomeView> Legend() =>
            new[] { Outcome.Ineffective, Outcome.NoVisibility, Outcome.NotImplemented, Outcome.AlternateControl, Outcome.Effective, Outcome.NotApplicable }
                .Select(For).ToList();
    }
}
