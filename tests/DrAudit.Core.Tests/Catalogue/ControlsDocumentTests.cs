using DrAudit.Core.Catalogue;

namespace DrAudit.Core.Tests.Catalogue
{
    public class ControlsDocumentTests
    {
        /// <summary>docs/controls.md is exactly what the catalogue generates; DRAUDIT_WRITE_DOCS=1 rewrites it first.</summary>
        [Fact]
        public void DocsControlsIsGeneratedFromTheCatalogue()
        {
            var path = Path.Combine(RepoRoot(), "docs", "controls.md");
            var expected = ControlsDocument.Render(ControlCatalogue.Default);
            if (Environment.GetEnvironmentVariable("DRAUDIT_WRITE_DOCS") == "1") File.WriteAllText(path, expected);

            Assert.True(File.Exists(path), "docs/controls.md is missing: run the tests with DRAUDIT_WRITE_DOCS=1.");
            Assert.True(expected == File.ReadAllText(path).Replace("\r\n", "\n"),
                "docs/controls.md differs from the control catalogue: run the tests with DRAUDIT_WRITE_DOCS=1 and commit the file.");
        }

        [Fact]
        public void EveryControlHasItsOwnSection()
        {
            var text = ControlsDocument.Render(ControlCatalogue.Default);

            foreach (var control in ControlCatalogue.Default.Controls)
            {
                Assert.Contains("\n### " + control.Id + "\n", text);
                Assert.Contains(control.Remediation, text);
            }
        }

        private static string RepoRoot([System.Runtime.CompilerServices.CallerFilePath] string thisFile = "") =>
            Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", ".."));
    }
}
