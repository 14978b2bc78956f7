using System;
using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Model.Renewal;
using DrAudit.Core.Packs;

namespace DrAudit.Core.Renewal
{
    /// <summary>What Export-DrRenewalPack returns: where the renewal pack was written, the year in a few numbers, and
    /// the full <see cref="RenewalReport"/>.</summary>
    public sealed class RenewalPackResult
    {
        public RenewalPackResult(RenewalReport report, PackWriteResult written)
        {
            Report = report;
            Path = written.Path;
            Written = written.Written;
            Files = written.Files;
        }

        public string Path { get; }
        public bool Written { get; }
        public IReadOnlyList<PackFile> Files { get; }
        public RenewalReport Report { get; }
        public string ClientId => Report.ClientId;
        public string ClientName => Report.ClientName;
        public DateTimeOffset From => Report.From;
        public DateTimeOffset To => Report.To;
        public int MonthsAudited => Report.MonthsAudited;
        public int MonthsTotal => Report.Months.Count;
        public int RootCausesResolved => Report.RootCauses.Count(c => !c.StillOpen);
        public int RootCausesOpen => Report.RootCauses.Count(c => c.StillOpen);
        public int BudgetItems => Report.Budget.Count;
        /// <summary>Packs found but not used: changed after writing, another client's, or unreadable.</summary>
        public int PacksNotUsable => Report.Packs.Count(p => p.State == RenewalPackState.Tampered || p.State == RenewalPackState.OtherClient || p.State == RenewalPackState.Unreadable);
        /// <summary>A month could not be audited or a pack could not be used (what makes <c>draudit renewal</c> exit 4).</summary>
        public bool HasGaps => MonthsAudited < MonthsTotal || PacksNotUsable > 0;
    }
}
