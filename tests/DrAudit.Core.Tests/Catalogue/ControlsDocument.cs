using System.Text;
using DrAudit.Core.Catalogue;

namespace DrAudit.Core.Tests.Catalogue
{
    /// <summary>
    /// docs/controls.md, generated from the control catalogue (src/DrAudit.Core/Catalogue/controls.yaml), so the
    /// reference a reader sees is the data the rules are scored with. <see cref="ControlsDocumentTests"/> fails when the
    /// file and the catalogue differ; run it with DRAUDIT_WRITE_DOCS=1 to rewrite the file.
    /// </summary>
    public static class ControlsDocument
    {
        public static string Render(ControlCatalogue catalogue)
        {
            var text = new StringBuilder();
            text.Append(Intro);
            Section(text, catalogue, ControlFamily.EssentialEight, "## Essential Eight: Regular backups",
                "The November 2023 maturity model's eleven requirements for regular backups, with the ISM control each one comes from.",
                withLevel: true);
            text.Append(Maturity);
            Section(text, catalogue, ControlFamily.DrReadiness, "## DR readiness",
                "Backups are not recovery. These controls ask whether the business could actually operate again in time. They are scored on their own and never change the maturity level.",
                withLevel: false);
            text.Append(Closing);
            foreach (var control in catalogue.Controls) Details(text, control);
            return text.ToString().Replace("\r\n", "\n");
        }

        private static void Section(StringBuilder text, ControlCatalogue catalogue, ControlFamily family, string heading, string lead, bool withLevel)
        {
            text.Append('\n').Append(heading).Append("\n\n").Append(lead).Append("\n\n");
            text.Append(withLevel ? "| id | level | ISM | requirement | judged for | how DrAudit judges it |\n|---|---|---|---|---|---|\n"
                                  : "| id | requirement | judged for | how DrAudit judges it |\n|---|---|---|---|\n");
            foreach (var c in catalogue.InFamily(family))
            {
                var link = $"[{c.Id}](#{c.Id.ToLowerInvariant()})";
                text.Append(withLevel
                    ? $"| {link} | {c.Level} | {c.Ism} | {Cell(c.Title)} | {Scope(c.Scope)} | {Cell(c.JudgedFrom)} |\n"
                    : $"| {link} | {Cell(c.Title)} | {Scope(c.Scope)} | {Cell(c.JudgedFrom)} |\n");
            }
        }

        private static void Details(StringBuilder text, ControlDefinition c)
        {
            text.Append("\n### ").Append(c.Id).Append("\n\n**").Append(c.Title).Append("**");
            if (c.Level != null) text.Append($" (level {c.Level}, {c.Ism})");
            text.Append("\n\n").Append("Why it matters: ").Append(c.Rationale).Append("\n\n")
                .Append("What to do when it is not met: ").Append(c.Remediation).Append('\n');
        }

        private static string Scope(ControlScope scope) => scope == ControlScope.Service ? "each service" : "the client";

        private static string Cell(string value) => value.Replace("|", "\\|").Replace("\n", " ");

        private const string Intro = @"# Controls

<!-- Generated from src/DrAudit.Core/Catalogue/controls.yaml by tests/DrAudit.Core.Tests/Catalogue/ControlsDocument.cs.
     Do not edit by hand: change the catalogue, then run the tests with DRAUDIT_WRITE_DOCS=1. -->

Every readiness result is built from this catalogue. `Get-DrControl` lists it in PowerShell and
`draudit controls` on the command line; the same titles, reasons and remediations appear in the
report and the workbook.

## Outcomes

Each control gets one outcome per service it concerns, and then one for the client: the worst of
its services' outcomes. From worst to best:

| outcome | meaning |
|---|---|
| `Ineffective` | the evidence shows the requirement is not met |
| `NoVisibility` | the evidence could not be had (a source failed, or the data does not say). It is never a pass |
| `NotImplemented` | the client has said it does not do this (recorded in `notImplemented`, never guessed) |
| `AlternateControl` | not met as written, but an accepted risk with a compensating control covers it until it expires |
| `Effective` | the evidence shows it is met |
| `NotApplicable` | it does not apply here, and the result says why |

Every outcome carries the evidence it was judged on and how good that evidence is: `Excellent` (a
real test, such as a restore that was done), `Good` (configuration read live from the system),
`Fair` (an export or saved capture of it), `Poor` (a statement written in the client definition).
Anything other than `Effective` comes with one sentence a business owner can act on.

A good restore point is one taken at or before `asOf` whose job run did not fail. A component needs
backup unless its definition says `backup: { required: false }` with a reason.
";

        private const string Maturity = @"
An access statement that is missing gives `NoVisibility`; one that is `false` gives `Ineffective`.

**The maturity level** is the highest level, 1 to 3, at which every Essential Eight control of that
level and below is `Effective`, `AlternateControl` or `NotApplicable` for the client; otherwise 0.
`NoVisibility` and `NotImplemented` block a level exactly as `Ineffective` does. The result names the
controls that block the next level.
";

        private const string Closing = @"
A control judged for the client (rather than for each service) counts for every service, unless its
description above says it is about what no service names. A service is ready when none of its DR
controls is `Ineffective` or `NoVisibility`.

## Findings and root causes

Every outcome other than `Effective` and `NotApplicable` becomes a finding: the control, the service,
a severity (high for a critical service or a level-1 Essential Eight control, medium for an
important service, low otherwise), the statement, the evidence and the remediation. A finding keeps
the same key (`DR-03/payroll`) from one audit to the next, so comparisons can say what is new, still
open and resolved.

One gap usually fails several controls: a server with no backup job fails E8-RB-01, -02 and -03 and
DR-02, -03, -08 and -10. Findings are therefore grouped into root causes, each with one remediation,
and reports lead with the causes. An unexpired exception turns a control that is not met into
`AlternateControl` for its scope; it never covers `NoVisibility`.

## Each control
";
    }
}
