using System;

namespace DrAudit.Core.Packs.Html
{
    /// <summary>How much a report template may do (docs/safety.md). Far beyond what the built-in templates need for a
    /// client with thousands of protected objects; small enough that a broken or hostile <c>--template-path</c>
    /// template fails with a clear error instead of running for hours or writing gigabytes.</summary>
    public static class ReportLimits
    {
        /// <summary>Iterations of any one loop.</summary>
        public const int LoopIterations = 100_000;

        /// <summary>Characters in report.html (about 64 MB; the sample's report is well under 1 MB).</summary>
        public const long MaxOutputChars = 64L * 1024 * 1024;

        /// <summary>Time for one report to render.</summary>
        public static readonly TimeSpan RenderTime = TimeSpan.FromMinutes(2);
    }
}
