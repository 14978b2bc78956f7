using DrAudit.Core.Comparison;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Tests.Packs.Html;

namespace DrAudit.Core.Tests.Packs.Email
{
    /// <summary>Results for the digest tests: the sample as it is, and the sample compared with an earlier audit whose
    /// root causes differ (2 new, 5 resolved, the maturity level down by one).</summary>
    public static class EmailDigests
    {
        public const int NewCauses = 2;
        public const int ResolvedCauses = 5;

        public static ReadinessResult Compared()
        {
            var older = HtmlReports.Sample();
            var newer = HtmlReports.Sample();
            var resolved = newer.RootCauses.Skip(NewCauses).Take(ResolvedCauses).ToList();
            older.RootCauses.RemoveRange(0, NewCauses);
            foreach (var cause in resolved) newer.RootCauses.Remove(cause);
            older.EssentialEight.MaturityLevel = newer.EssentialEight.MaturityLevel + 1;
            older.AsOf = newer.AsOf.AddMonths(-1);
            newer.SinceLastAudit = ReadinessComparer.Compare(older, newer, "2026-10-01");
            Assert.True(newer.SinceLastAudit.RootCausesCompared);
            return newer;
        }
    }
}
