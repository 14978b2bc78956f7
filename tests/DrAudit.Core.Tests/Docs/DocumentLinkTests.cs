using System.Text.RegularExpressions;

namespace DrAudit.Core.Tests.Docs
{
    /// <summary>Everything a user needs is in the repository: every relative link in the Markdown files points at a
    /// file inside it, and nothing refers to the contract folder outside it.</summary>
    public class DocumentLinkTests
    {
        private static readonly string Repo = RepoRoot();

        public static TheoryData<string> MarkdownFiles()
        {
            var data = new TheoryData<string>();
            foreach (var file in new[] { "README.md" }.Select(f => Path.Combine(Repo, f))
                         .Concat(new[] { "docs", "samples", "bench", "scripts", "templates" }
                             .Select(d => Path.Combine(Repo, d)).Where(Directory.Exists)
                             .SelectMany(d => Directory.EnumerateFiles(d, "*.md", SearchOption.AllDirectories)))
                         .Where(f => !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar) && !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar))
                         .OrderBy(f => f, StringComparer.Ordinal))
                data.Add(Path.GetRelativePath(Repo, file));
            return data;
        }

        [Theory]
        [MemberData(nameof(MarkdownFiles))]
        public void EveryRelativeLinkStaysInTheRepositoryAndExists(string relative)
        {
            var file = Path.Combine(Repo, relative);
            var text = File.ReadAllText(file);

            Assert.DoesNotContain("shared/spec", text);
            foreach (Match link in Regex.Matches(text, @"\]\(([^)\s]+)\)"))
            {
                var target = link.Groups[1].Value.Split('#')[0];
                if (target.Length == 0 || Regex.IsMatch(target, "^[a-z]+:", RegexOptions.IgnoreCase)) continue;
                var full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, target));
                Assert.True(full.StartsWith(Repo + Path.DirectorySeparatorChar, StringComparison.Ordinal), $"{relative} links outside the repository: {target}");
                Assert.True(File.Exists(full) || Directory.Exists(full), $"{relative} links to a missing file: {target}");
            }
        }

        [Fact]
        public void TheReferencePagesExist()
        {
            foreach (var page in new[] { "client-definition.md", "inventory-format.md", "controls.md", "result.md" })
                Assert.True(File.Exists(Path.Combine(Repo, "docs", page)), page);
        }

        private static string RepoRoot([System.Runtime.CompilerServices.CallerFilePath] string thisFile = "") =>
            Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", ".."));
    }
}
