using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Packs.Excel.Sheets
{
    /// <summary>One row per service: targets (as numbers), approval, owners, restore order and DR readiness.</summary>
    internal static class ServicesSheet
    {
        public const string Name = "Services";

        public static TableSheet Build(WorkbookData data) =>
            TableSheet.Of(Name, "Services", data.Result.Services, new ColumnList<ServiceReadiness>()
                .Text("Service", s => s.Id)
                .Text("Name", s => s.Name)
                .Text("Tier", s => s.Tier)
                .Boolean("Ready", s => s.Ready)
                .Integer("DR controls effective", s => s.DrControlsEffective)
                .Integer("DR controls applicable", s => s.DrControlsApplicable)
                .Number("RPO (hours)", s => WorkbookData.Hours(s.Rpo))
                .Number("RTO (hours)", s => WorkbookData.Hours(s.Rto))
                .Number("Retention (days)", s => WorkbookData.Days(s.Retention))
                .Number("Restore test every (days)", s => WorkbookData.Days(s.RestoreTestEvery))
                .Number("Sync tolerance (hours)", s => WorkbookData.Hours(s.SyncTolerance))
                .Boolean("Targets approved", s => s.TargetsApproved)
                .Text("Approved by", s => s.ApprovedBy)
                .Date("Approved on (UTC)", s => s.ApprovedOn)
                .Text("Business owner", s => s.BusinessOwner)
                .Text("Technical owner", s => s.TechnicalOwner)
                .Text("Workaround", s => s.Workaround)
                .Text("Restore order", s => string.Join(" > ", s.RestoreOrder))
                .Boolean("Restore order documented", s => s.RestoreOrderDocumented));
    }
}
