using DrAudit.Core.Model.Result;
using DrAudit.Core.Packs;

namespace DrAudit.Core.Tests.Packs
{
    /// <summary>Writes a file, then fails: as a renderer that runs out of disk space would.</summary>
    public sealed class FailingRenderer : IPackRenderer
    {
        public PackFormat Format => PackFormat.Html;

        public IReadOnlyList<string> Render(ReadinessResult result, string directory)
        {
            File.WriteAllText(Path.Combine(directory, "report.html"), "<html>half");
            throw new IOException("No space left on device.");
        }
    }
}
