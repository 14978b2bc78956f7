using DrAudit.Core.Model.Result;
using DrAudit.Core.Packs;

namespace DrAudit.Core.Tests.Packs
{
    /// <summary>Writes part of report.html, then fails as .NET does when the disk fills during a write: an IOException
    /// whose HResult is the errno (ENOSPC, 28) and whose message names the file in the hidden staging folder.</summary>
    public sealed class FailingRenderer : IPackRenderer
    {
        public const int NoSpaceLeftOnDevice = 28;

        public PackFormat Format => PackFormat.Html;

        public IReadOnlyList<string> Render(ReadinessResult result, string directory)
        {
            var file = Path.Combine(directory, "report.html");
            File.WriteAllText(file, "<html>half");
            throw new IOException("No space left on device : '" + file + "'", NoSpaceLeftOnDevice);
        }
    }
}
