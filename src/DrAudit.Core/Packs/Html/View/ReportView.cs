using System.Collections.Generic;

namespace DrAudit.Core.Packs.Html.View
{
    /// <summary>What report.liquid draws: every value already formatted (invariant culture) and every chart's geometry
    /// computed, so templates only place elements and all text goes through the encoding context.</summary>
    public sealed class ReportView
    {
        public string ClientId { get; set; } = "";
        public string ClientName { get; set; } = "";
        public string MspName { get; set; } = "";
        public string LogoDataUri { get; set; } = "";
        public string AccentColor { get; set; } = "";
        public string AsOf { get; set; } = "";
        public string AsOfDate { get; set; } = "";
        /// <summary>asOf in ISO 8601, for machine-readable attributes only.</summary>
        public string AsOfIso { get; set; } = "";
        public string GeneratedAt { get; set; } = "";
        public string ToolVersion { get; set; } = "";
        public string ApiVersion { get; set; } = "";
        public string AuditWindow { get; set; } = "";
        public string AuditWindowWords { get; set; } = "";

        public int MaturityLevel { get; set; }
        public int NextLevel { get; set; }
        public bool AtTopLevel { get; set; }
        public MaturityGaugeView MaturityGauge { get; set; } = new MaturityGaugeView();
        public List<BlockingControlView> Blocking { get; set; } = new List<BlockingControlView>();

        public int ServicesReady { get; set; }
        public int ServicesTotal { get; set; }
        /// <summary>What changed since the audit this one was compared with; null when it was not compared.</summary>
        public SinceLastAuditView? SinceLastAudit { get; set; }

        public List<FindingView> TopRisks { get; set; } = new List<FindingView>();
        public List<SourceView> Sources { get; set; } = new List<SourceView>();
        public int SourcesFailed { get; set; }

        public TargetChartView RpoChart { get; set; } = new TargetChartView();
        public TargetChartView RtoChart { get; set; } = new TargetChartView();
        public RunHistoryView RunHistory { get; set; } = new RunHistoryView();

        public List<ServiceView> Services { get; set; } = new List<ServiceView>();
        public List<FindingView> Findings { get; set; } = new List<FindingView>();
        public int FindingsHigh { get; set; }
        public int FindingsMedium { get; set; }
        public int FindingsLow { get; set; }
        public List<QuestionGroupView> Questions { get; set; } = new List<QuestionGroupView>();
        public List<ServiceHeaderView> MatrixServices { get; set; } = new List<ServiceHeaderView>();
        public List<MatrixSectionView> Matrix { get; set; } = new List<MatrixSectionView>();
        /// <summary>True when there are more services than a printed page can show side by side: the matrix then
        /// counts outcomes per control instead of one column per service.</summary>
        public bool MatrixCompact { get; set; }
        /// <summary>True when there are more services than <see cref="ReportViewBuilder.MaxServicePages"/>: the services are
        /// one table (a row per service) instead of a page each, and the charts draw only services outside their targets.
        /// Each component's jobs, storage and points are in the workbook either way.</summary>
        public bool ServicesCompact { get; set; }
        public List<ControlOutcomeView> ClientControls { get; set; } = new List<ControlOutcomeView>();
        public List<ExceptionView> Exceptions { get; set; } = new List<ExceptionView>();
        public List<OutcomeView> Legend { get; set; } = new List<OutcomeView>();
        public bool InputsAvailable { get; set; }
        /// <summary>Discovered workloads, attested facts and warnings (v1.1).</summary>
        public EnvironmentView Environment { get; set; } = new EnvironmentView();

        /// <summary>False when a source could not be read: the first page says so, and what evidence is missing.</summary>
        public bool Complete { get; set; } = true;
        /// <summary>One business sentence per source that could not be read.</summary>
        public List<string> MissingEvidence { get; set; } = new List<string>();
        /// <summary>The root causes as "What to fix" draws them: one item per cause, or per group of causes of one kind.</summary>
        public List<RootCauseView> RootCauses { get; set; } = new List<RootCauseView>();
        /// <summary>True when some item of <see cref="RootCauses"/> is a group.</summary>
        public bool RootCausesGrouped { get; set; }
        /// <summary>"3 root causes explain 33 findings".</summary>
        public string RootCausesText { get; set; } = "";
        /// <summary>True for the Internal audience: evidence lines, source errors and file keys are shown.</summary>
        public bool Internal { get; set; }
        public List<ContentsEntryView> Contents { get; set; } = new List<ContentsEntryView>();
    }
}
