using System;
using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Catalogue;
using DrAudit.Core.Model;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Inventory;
using DrAudit.Core.Evaluation.Rules.Recorded;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Packs.Html.View;

namespace DrAudit.Core.Packs.Html
{
    /// <summary>Builds the report's view from a readiness result (and its inputs, when present: restore tests, job runs
    /// and repositories). Every number shown is taken from the result as is, so the report agrees with readiness.json.</summary>
    public sealed class ReportViewBuilder
    {
        public const int TopRiskCount = 5;

        private readonly ReadinessResult _result;
        private readonly ControlCatalogue _catalogue;
        private readonly Dictionary<string, string> _serviceNames;
        private readonly Dictionary<string, Repository> _repositories = new Dictionary<string, Repository>(StringComparer.Ordinal);
        private readonly List<RestoreTest> _restoreTests = new List<RestoreTest>();
        private readonly List<ControlResult> _controls;

        public ReportViewBuilder(ReadinessResult result, ControlCatalogue? catalogue = null)
        {
            _result = result;
            _catalogue = catalogue ?? ControlCatalogue.Default;
            _serviceNames = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var s in result.Services) _serviceNames[s.Id] = s.Name;
            _controls = result.EssentialEight.Controls.Concat(result.DrReadiness.Controls).ToList();
            if (result.Inputs == null) return;
            foreach (var source in result.Inputs.Sources.Where(s => s.Ok))
                foreach (var repository in source.Inventory!.Repositories)
                    if (!_repositories.ContainsKey(repository.Id)) _repositories[repository.Id] = repository;
            _restoreTests.AddRange(AuditInputs.RestoreTestsAt(result.Inputs.Definition, result.Inputs.Sources, result.AsOf));
        }

        /// <summary>How many service names a root cause lists before "and N more".</summary>
        public const int MaxServicesNamed = 8;

        /// <summary>Above this many services the controls matrix counts outcomes instead of showing a column per service.</summary>
        public const int MaxMatrixColumns = 24;

        /// <summary>Up to this many services each has a page of its own; above it the services are one table (a row each)
        /// and the RPO and RTO charts draw only services outside their targets, so the report grows with services, not
        /// with components, jobs, runs and points (those are the workbook's).</summary>
        public const int MaxServicePages = 24;

        /// <summary>How many services a target chart draws at most for a client with more than <see cref="MaxServicePages"/>.</summary>
        public const int MaxServicesDrawn = 24;

        /// <summary>How many components (and restore-order steps) a service page lists; the rest are in the workbook.</summary>
        public const int MaxComponentRows = 12;

        /// <summary>Where the report sends readers for what it leaves out.</summary>
        public const string WorkbookName = "the evidence workbook (evidence.xlsx)";

        private bool _internal;

        public ReportView Build(ReportBranding branding) => Build(branding, ReportAudience.Client);

        public ReportView Build(ReportBranding branding, ReportAudience audience)
        {
            _internal = audience == ReportAudience.Internal;
            var e8 = _result.EssentialEight;
            var view = new ReportView
            {
                ClientId = _result.Client.Id,
                ClientName = _result.Client.Name,
                MspName = branding.MspName ?? _result.Client.Msp ?? "",
                LogoDataUri = branding.LogoDataUri() ?? "",
                AccentColor = branding.AccentColor,
                AsOf = ReportFormat.Time(_result.AsOf),
                AsOfDate = ReportFormat.Date(_result.AsOf),
                AsOfIso = ReportFormat.Iso(_result.AsOf),
                GeneratedAt = ReportFormat.Time(_result.GeneratedAt),
                ToolVersion = _result.ToolVersion,
                ApiVersion = _result.ApiVersion,
                AuditWindow = _result.AuditWindow,
                AuditWindowWords = ReportFormat.Words(_result.AuditWindow),
                MaturityLevel = e8.MaturityLevel,
                NextLevel = Math.Min(3, e8.MaturityLevel + 1),
                AtTopLevel = e8.MaturityLevel >= 3,
                MaturityGauge = ChartGeometry.MaturityGauge(e8.MaturityLevel),
                ServicesReady = _result.DrReadiness.ServicesReady,
                ServicesTotal = _result.DrReadiness.ServicesTotal,
                Legend = OutcomeStyles.Legend(),
                InputsAvailable = _result.Inputs != null,
                Complete = _result.Complete,
                Internal = _internal,
            };
            view.MissingEvidence = _result.Sources.Where(s => s.Status == SourceState.Failed).Select(MissingEvidence).ToList();
            view.RootCauses = RootCauseGroups.Group(_result.RootCauses).Select(RootCause).ToList();
            view.RootCausesGrouped = view.RootCauses.Any(c => c.Grouped);
            view.RootCausesText = ReportFormat.Count(_result.RootCauses.Count, "root cause", "root causes") + " " +
                                  (_result.RootCauses.Count == 1 ? "explains " : "explain ") + ReportFormat.Count(_result.Findings.Count, "finding", "findings");
            view.Blocking = e8.BlockingNextLevel.Select(Blocking).ToList();
            view.Sources = _result.Sources.Select(Source).ToList();
            view.SourcesFailed = _result.Sources.Count(s => s.Status == SourceState.Failed);
            view.Findings = _result.Findings.Select(Finding).ToList();
            view.FindingsHigh = _result.Findings.Count(f => f.Severity == Severity.High);
            view.FindingsMedium = _result.Findings.Count(f => f.Severity == Severity.Medium);
            view.FindingsLow = _result.Findings.Count(f => f.Severity == Severity.Low);
            view.TopRisks = TopRisks().Select(Finding).ToList();
            view.SinceLastAudit = _result.SinceLastAudit == null ? null : SinceLastAuditViews.From(_result.SinceLastAudit, ServiceName, ControlTitle);
            view.Questions = RenewalQuestions.From(_result.Findings, ServiceName, ControlTitle);
            view.ServicesCompact = _result.Services.Count > MaxServicePages;
            var chartRows = view.ServicesCompact ? MaxServicesDrawn : int.MaxValue;
            var (rpoRows, rpoRatios) = RpoRows();
            var (rtoRows, rtoRatios) = RtoRows();
            view.Services = _result.Services.Select((s, i) => Service(s, i, rpoRows[i], rtoRows[i])).ToList();
            view.RpoChart = ChartGeometry.TargetChart("Recovery point age against the RPO target",
                "How much recent work each service would lose if it failed at the audit point: the age of the newest good recovery point of its least recently backed-up component, against the service's RPO.", rpoRows, rpoRatios, chartRows);
            view.RtoChart = ChartGeometry.TargetChart("Tested restore time against the RTO target",
                "Duration of each service's latest successful application or full-service restore test, as a share of the service's RTO.", rtoRows, rtoRatios, chartRows);
            view.RunHistory = RunHistory();
            view.MatrixCompact = _result.Services.Count > MaxMatrixColumns;
            view.MatrixServices = view.MatrixCompact ? new List<ServiceHeaderView>() : view.Services.Select(s => new ServiceHeaderView { Id = s.Id, Name = ChartGeometry.Shorten(s.Name), FullName = s.Name, Anchor = s.Anchor }).ToList();
            view.Matrix = new List<MatrixSectionView>
            {
                new MatrixSectionView { Title = "Essential Eight: Regular backups", Rows = e8.Controls.Select(MatrixRow).ToList() },
                new MatrixSectionView { Title = "DR readiness", Rows = _result.DrReadiness.Controls.Select(MatrixRow).ToList() },
            };
            view.ClientControls = _controls.Where(c => c.Services.Count == 0).Select(ClientControl).ToList();
            view.Exceptions = _result.Exceptions.Select(Exception).ToList();
            view.Environment = EnvironmentViewBuilder.Build(_result);
            view.Contents = Contents(view);
            return view;
        }

        /// <summary>The most severe findings (Ineffective before NoVisibility, then in result order), spread over
        /// different controls and services so the summary shows different risks, up to <see cref="TopRiskCount"/>.</summary>
        private List<Finding> TopRisks()
        {
            var ranked = _result.Findings
                .Select((f, i) => (Finding: f, Index: i))
                .OrderByDescending(x => x.Finding.Severity).ThenBy(x => x.Finding.Outcome).ThenBy(x => x.Index)
                .Select(x => x.Finding).ToList();
            var top = new List<Finding>();
            // First a different control and a different service each time, then a different control, then anything.
            foreach (var distinctService in new[] { true, false })
                foreach (var f in ranked)
                    if (top.Count < TopRiskCount && !top.Any(t => t.Control == f.Control || (distinctService && t.Service == f.Service)))
                        top.Add(f);
            top.AddRange(ranked.Where(f => !top.Contains(f)).Take(TopRiskCount - top.Count));
            return ranked.Where(top.Contains).ToList();
        }

        private string ServiceName(string? id) => id != null && _serviceNames.TryGetValue(id, out var name) ? name : id ?? "";

        private string ControlTitle(string id) =>
            _controls.FirstOrDefault(c => c.Id == id)?.Title ?? _catalogue.Find(id)?.Title ?? id;

        private BlockingControlView Blocking(string id)
        {
            var control = _controls.FirstOrDefault(c => c.Id == id);
            var view = new BlockingControlView { Id = id, Title = ControlTitle(id) };
            if (control == null) return view;
            view.Outcome = OutcomeStyles.For(control.Outcome);
            if (control.Services.Count == 0)
            {
                if (!string.IsNullOrEmpty(control.Statement)) view.Reasons.Add(ReportFormat.DatesInText(control.Statement));
            }
            else
            {
                var reasons = control.Services.Where(s => !s.Outcome.IsSatisfied() && !string.IsNullOrEmpty(s.Statement)).Select(s => ReportFormat.DatesInText(s.Statement)).ToList();
                view.Reasons.AddRange(reasons.Take(MaxServicesNamed));
                if (reasons.Count > MaxServicesNamed)
                    view.Reasons.Add("and " + ReportFormat.Count(reasons.Count - MaxServicesNamed, "more service", "more services") + ": each is a finding in the findings table.");
            }
            return view;
        }

        private SourceView Source(SourceStatus source)
        {
            var view = new SourceView
            {
                Id = source.Id,
                Type = source.Type,
                TypeText = SystemName(source.Type),
                System = source.System ?? "",
                Ok = source.Status == SourceState.Ok,
                Status = source.Status == SourceState.Ok ? "Read" : "Failed",
                CollectedAt = ReportFormat.Time(source.CollectedAt),
                Error = SourceErrorText.For(source, _internal ? ReportAudience.Internal : ReportAudience.Client),
                Quality = source.EvidenceQuality?.ToString() ?? "",
            };
            if (source.CollectedAt != null)
            {
                var age = _result.AsOf - source.CollectedAt.Value;
                view.Age = age == TimeSpan.Zero ? "at the audit point"
                    : age > TimeSpan.Zero ? DurationWords.Of(age) + " before the audit point"
                    : DurationWords.Of(age) + " after the audit point";
            }
            return view;
        }

        private FindingView Finding(Finding finding) => new FindingView
        {
            Key = finding.Key,
            Control = finding.Control,
            ControlTitle = ControlTitle(finding.Control),
            ServiceId = finding.Service ?? "",
            ServiceName = finding.Service == null ? "All services" : ServiceName(finding.Service),
            Severity = finding.Severity.ToString().ToLowerInvariant(),
            SeverityLabel = finding.Severity.ToString(),
            Outcome = OutcomeStyles.For(finding.Outcome),
            Statement = ReportFormat.DatesInText(finding.Statement),
            Impact = _catalogue.Find(finding.Control)?.Rationale ?? "",
            Remediation = finding.Remediation,
            Evidence = _internal ? finding.Evidence.ToList() : new List<string>(),
        };

        private RootCauseView RootCause(List<RootCause> members)
        {
            var cause = members[0];
            var serviceIds = members.SelectMany(c => c.Services).Distinct(StringComparer.Ordinal).ToList();
            var services = serviceIds.Select(ServiceName).ToList();
            if (services.Count > MaxServicesNamed)
                services = services.Take(MaxServicesNamed).Concat(new[] { "and " + ReportFormat.Count(serviceIds.Count - MaxServicesNamed, "more service", "more services") }).ToList();
            if (services.Count == 0) services.Add("All services");
            var controls = members.SelectMany(c => c.Controls).Distinct(StringComparer.Ordinal).ToList();
            var findings = members.Sum(c => c.Findings.Count);
            var view = new RootCauseView
            {
                Key = cause.Key,
                Keys = members.Select(c => c.Key).ToList(),
                Title = ReportFormat.DatesInText(cause.Title),
                Severity = cause.Severity.ToString().ToLowerInvariant(),
                SeverityLabel = cause.Severity.ToString(),
                Services = services,
                Controls = controls.Count == 1 ? new List<string> { controls[0] + " " + ControlTitle(controls[0]) } : controls,
                Remediation = cause.Remediation,
                FindingsText = ReportFormat.Count(findings, "finding", "findings"),
            };
            if (members.Count == 1) return view;

            var pattern = Evaluation.Causes.CauseReference.KindPattern(cause.Key);
            var control = controls[0];
            var (title, remediation) = RootCauseGroups.Describe(pattern, pattern.StartsWith("finding/", StringComparison.Ordinal) ? serviceIds.Count : members.Count,
                ControlTitle(control), members.All(m => m.Remediation == cause.Remediation) ? cause.Remediation : _catalogue.Find(control)?.Remediation ?? cause.Remediation);
            view.Grouped = true;
            view.Key = pattern;
            view.Title = title;
            view.Remediation = remediation;
            view.FindingsText = ReportFormat.Count(members.Count, "root cause", "root causes") + ", " + view.FindingsText;
            // A group of findings names its services (above); any other group names what each cause is about.
            if (!pattern.StartsWith("finding/", StringComparison.Ordinal))
                view.Members = members.Take(MaxServicesNamed).Select(m => m.Title).ToList();
            if (members.Count > view.Members.Count)
                view.MembersMoreText = (view.Members.Count > 0 ? "and " + ReportFormat.Count(members.Count - view.Members.Count, "more", "more") + "; every" : "Every") +
                    " one is a row of its own in " + WorkbookName + ", Root causes sheet.";
            return view;
        }

        /// <summary>A source type in business words, as a sentence starts: "The Veeam backup server".</summary>
        public static string SystemName(string type) =>
            type == Model.Definition.SourceDefinition.VeeamType ? "The Veeam backup server"
            : type == Model.Definition.SourceDefinition.M365Type ? "Microsoft 365 Backup"
            : type == Model.Definition.SourceDefinition.Vb365Type ? "Veeam Backup for Microsoft 365"
            : type == Model.Definition.SourceDefinition.InventoryType ? "The inventory of the environment" : "The backup source";

        /// <summary>What a source that could not be read leaves out, in business words (the reason is the engineer's).</summary>
        private string MissingEvidence(SourceStatus source)
        {
            var what = SystemName(source.Type);
            var cause = _result.RootCauses.FirstOrDefault(c => c.Key == Evaluation.Causes.CauseReference.SourceUnreadable(source.Id, source.Type).Key);
            var blind = cause == null ? "" : " " + ReportFormat.Count(cause.Findings.Count, "result", "results") + " across " +
                ReportFormat.Count(Math.Max(1, cause.Services.Count), "service", "services") + " could therefore not be confirmed and " +
                (cause.Findings.Count == 1 ? "is" : "are") + " shown as \"no visibility\", never as a pass.";
            return what + " '" + source.Id + "' could not be read, so its backup jobs, job history and restore points are missing from this audit." + blind;
        }

        private static List<ContentsEntryView> Contents(ReportView view)
        {
            var entries = new List<ContentsEntryView>
            {
                new ContentsEntryView { Anchor = "what-to-fix", Title = "What to fix" },
                new ContentsEntryView { Anchor = "summary", Title = "Executive summary" },
            };
            if (view.SinceLastAudit != null) entries.Add(new ContentsEntryView { Anchor = "since-last-audit", Title = "Since the last audit" });
            entries.Add(new ContentsEntryView { Anchor = "at-a-glance", Title = "Recovery at a glance" });
            entries.Add(new ContentsEntryView { Anchor = "renewal", Title = "Questions for the renewal" });
            entries.Add(new ContentsEntryView { Anchor = "findings", Title = "Findings (detail)" });
            entries.Add(new ContentsEntryView { Anchor = "controls", Title = "Controls matrix" });
            entries.Add(new ContentsEntryView { Anchor = "services", Title = "Services (" + ReportFormat.Count(view.Services.Count, "service", "services") + ")" });
            entries.Add(new ContentsEntryView { Anchor = "client-controls", Title = "Controls judged for the whole client, accepted risks, how to read this report" });
            return entries;
        }

        private (List<TargetBarView> Rows, List<double?> Ratios) RpoRows()
        {
            var rows = new List<TargetBarView>();
            var ratios = new List<double?>();
            foreach (var service in _result.Services)
            {
                var row = new TargetBarView { ServiceId = service.Id, Label = ChartGeometry.Shorten(service.Name), FullLabel = service.Name, TargetText = "RPO " + ReportFormat.Words(service.Rpo) };
                double? ratio = null;
                var needed = service.Components.Where(c => c.NeedsBackup).ToList();
                var missing = needed.FirstOrDefault(c => c.Visible && c.NewestGoodPointAgeHours == null);
                var hidden = needed.FirstOrDefault(c => !c.Visible);
                if (needed.Count == 0) Missing(row, "no component needs backup", "");
                else if (missing != null) Missing(row, "no good recovery point", missing.Name);
                else if (hidden != null) Missing(row, "no visibility: source failed", hidden.Name);
                else
                {
                    var oldest = needed.OrderByDescending(c => c.NewestGoodPointAgeHours!.Value).First();
                    var age = oldest.NewestGoodPointAgeHours!.Value;
                    row.Detail = oldest.Name;
                    row.ValueText = ReportFormat.ElapsedHours(age);
                    if (Duration.TryParse(service.Rpo, out var rpo) && rpo.TotalHours > 0)
                    {
                        ratio = age / rpo.TotalHours;
                        Judge(row, age <= rpo.TotalHours);
                    }
                    else Missing(row, "no RPO target", oldest.Name);
                }
                rows.Add(row);
                ratios.Add(ratio);
            }
            return (rows, ratios);
        }

        private (List<TargetBarView> Rows, List<double?> Ratios) RtoRows()
        {
            var rows = new List<TargetBarView>();
            var ratios = new List<double?>();
            foreach (var service in _result.Services)
            {
                var row = new TargetBarView { ServiceId = service.Id, Label = ChartGeometry.Shorten(service.Name), FullLabel = service.Name, TargetText = "RTO " + ReportFormat.Words(service.Rto) };
                double? ratio = null;
                var latest = RestoreTestEvidence.LatestProofOfRecoveryTime(_restoreTests.Where(t => t.Service == service.Id).ToList());
                if (_result.Inputs == null) Missing(row, "restore tests not available", "");
                else if (latest == null) Missing(row, "no timed restore of the whole application", "");
                else if (latest.Duration == null) Missing(row, "restore duration not recorded", ReportFormat.Date(latest.Date));
                else
                {
                    row.Detail = ReportFormat.Label(latest.Scope.ToString()) + " restore on " + ReportFormat.Date(latest.Date);
                    row.ValueText = ReportFormat.Elapsed(latest.Duration.Value.Value);
                    if (Duration.TryParse(service.Rto, out var rto) && rto.TotalHours > 0)
                    {
                        ratio = latest.Duration.Value.TotalHours / rto.TotalHours;
                        Judge(row, latest.Duration.Value <= rto);
                    }
                    else Missing(row, "no RTO target", row.Detail);
                }
                rows.Add(row);
                ratios.Add(ratio);
            }
            return (rows, ratios);
        }

        /// <summary>A target chart row as the services table writes it: "14 h (RPO 1d2h), over target", or why there is no value.</summary>
        private static string TargetText(TargetBarView row, string target) =>
            row.State == "missing" ? row.Status + (row.Detail == "" ? "" : ": " + row.Detail)
            : row.ValueText + " (" + target + ")" + (row.State == "over" ? ", over target" : "");

        private static void Judge(TargetBarView row, bool within)
        {
            row.State = within ? "ok" : "over";
            row.Status = within ? "within target" : "over target";
        }

        private static void Missing(TargetBarView row, string status, string detail)
        {
            row.State = "missing";
            row.Status = status;
            row.Detail = detail;
            row.ValueText = "";
        }

        private RunHistoryView RunHistory()
        {
            if (_result.Inputs == null) return new RunHistoryView { Available = false };
            var window = Duration.TryParse(_result.AuditWindow, out var w) ? w : _result.Inputs.Definition.AuditWindow;
            var runs = _result.Inputs.Sources.Where(s => s.Ok).SelectMany(s => s.Inventory!.Runs);
            return ChartGeometry.RunHistory(_result.AsOf - window.Value, _result.AsOf, runs);
        }

        private ServiceView Service(ServiceReadiness service, int index, TargetBarView rpo, TargetBarView rto)
        {
            var names = service.Components.ToDictionary(c => c.Id, c => c.Name, StringComparer.Ordinal);
            var view = new ServiceView
            {
                Anchor = "service-" + ReportFormat.Number(index + 1),
                Id = service.Id,
                Name = service.Name,
                Tier = service.Tier,
                Ready = service.Ready,
                DrControlsEffective = service.DrControlsEffective,
                DrControlsApplicable = service.DrControlsApplicable,
                BusinessOwner = service.BusinessOwner ?? "",
                TechnicalOwner = service.TechnicalOwner ?? "",
                Rpo = service.Rpo,
                Rto = service.Rto,
                Retention = service.Retention,
                RestoreTestEvery = service.RestoreTestEvery,
                SyncTolerance = service.SyncTolerance,
                RpoText = ReportFormat.Words(service.Rpo),
                RtoText = ReportFormat.Words(service.Rto),
                RetentionText = ReportFormat.Words(service.Retention),
                RestoreTestEveryText = ReportFormat.Words(service.RestoreTestEvery),
                SyncToleranceText = ReportFormat.Words(service.SyncTolerance),
                TargetsApproved = service.TargetsApproved,
                ApprovedBy = service.ApprovedBy ?? "",
                ApprovedOn = ReportFormat.Date(service.ApprovedOn),
                Workaround = service.Workaround ?? "",
                RestoreOrderDocumented = service.RestoreOrderDocumented,
                RestoreOrder = service.RestoreOrder.Take(MaxComponentRows).Select((id, i) => new RestoreStepView
                {
                    Position = i + 1,
                    ComponentId = id,
                    ComponentName = names.TryGetValue(id, out var n) ? n : id,
                }).ToList(),
                RestoreOrderMoreText = service.RestoreOrder.Count <= MaxComponentRows ? ""
                    : "and " + ReportFormat.Count(service.RestoreOrder.Count - MaxComponentRows, "more step", "more steps") + ": the whole order is in " + WorkbookName + ", Services sheet.",
                Components = ListedComponents(service.Components).Select(Component).ToList(),
                ComponentsTotal = service.Components.Count,
                ComponentsMoreText = ComponentsMore(service.Components),
                PointAgeState = rpo.State,
                PointAgeText = TargetText(rpo, rpo.TargetText),
                RestoreTimeState = rto.State,
                RestoreTimeText = TargetText(rto, rto.TargetText),
                RestoreTestsKnown = _result.Inputs != null,
                RestoreTests = _restoreTests.Where(t => t.Service == service.Id).OrderByDescending(t => t.Date).Select(t => RestoreTest(t, names)).ToList(),
            };
            view.Storage = service.Components.SelectMany(c => c.Repositories).Distinct(StringComparer.Ordinal).Select(RepositoryView)
                .Select(r => r.Known ? r.Name + ": " + r.Location + ", " + r.Immutable + ", " + r.Encrypted : r.Name + ": details not in the inventory").ToList();
            var satisfied = 0;
            foreach (var control in _controls)
                foreach (var outcome in control.Services.Where(s => s.Service == service.Id))
                {
                    var met = outcome.Outcome == Outcome.Effective || outcome.Outcome == Outcome.NotApplicable;
                    if (!met) view.NotMet.Add(control.Id);
                    if (!_internal && met) { satisfied++; continue; }
                    view.Controls.Add(new ControlOutcomeView
                    {
                        ControlId = control.Id,
                        Title = control.Title,
                        Family = control.Level == null ? "DR readiness" : "Essential Eight",
                        Outcome = OutcomeStyles.For(outcome.Outcome),
                        Statement = ReportFormat.DatesInText(outcome.Statement),
                        Quality = outcome.EvidenceQuality?.ToString() ?? "",
                        Exception = ReportFormat.DatesInText(outcome.Exception),
                        Evidence = _internal ? outcome.Evidence.ToList() : new List<string>(),
                    });
                }
            // Says what it counts: the service's own rows of the matrix (Essential Eight and DR readiness), a different
            // base from the DR-readiness score above it, which also counts the controls judged once for the whole client.
            view.ControlsSatisfiedText = "Of the " + ReportFormat.Count(satisfied + view.NotMet.Count, "control", "controls") +
                " judged for this service on its own (Essential Eight and DR readiness), " + ReportFormat.Number(satisfied) +
                (satisfied == 1 ? " is" : " are") + " met or do" + (satisfied == 1 ? "es" : "") + " not apply (see the controls matrix).";
            return view;
        }

        /// <summary>Something is missing for the component: its source could not be read, or it needs backup and has no
        /// backup job or no good point.</summary>
        private static bool HasGap(ComponentStatus c) => !c.Visible || (c.NeedsBackup && (c.Jobs.Count == 0 || c.NewestGoodPointAgeHours == null));

        /// <summary>Every component up to <see cref="MaxComponentRows"/>; beyond that, those with a gap first, then the
        /// others, kept in the service's order.</summary>
        private static IEnumerable<ComponentStatus> ListedComponents(IReadOnlyList<ComponentStatus> components)
        {
            if (components.Count <= MaxComponentRows) return components;
            var listed = new HashSet<ComponentStatus>(components.Where(HasGap).Concat(components.Where(c => !HasGap(c))).Take(MaxComponentRows));
            return components.Where(listed.Contains);
        }

        private static string ComponentsMore(IReadOnlyList<ComponentStatus> components)
        {
            if (components.Count <= MaxComponentRows) return "";
            var more = components.Count - MaxComponentRows;
            var gaps = Math.Max(0, components.Count(HasGap) - MaxComponentRows);
            return "and " + ReportFormat.Count(more, "more component", "more components") +
                (gaps == 0 ? " with nothing missing" : " (" + ReportFormat.Number(gaps) + " of them with something missing)") +
                "; each component's jobs, storage and newest good point are in " + WorkbookName + ", Coverage sheet.";
        }

        private ComponentView Component(ComponentStatus component) => new ComponentView
        {
            Id = component.Id,
            Name = component.Name,
            Kind = component.Kind,
            KindText = ComponentKindText.Of(component.Kind),
            NeedsBackup = component.NeedsBackup,
            NoBackupReason = component.NoBackupReason ?? "",
            Jobs = component.Jobs.Select(JobText).ToList(),
            Repositories = component.Repositories.Select(RepositoryView).ToList(),
            RepositoriesText = string.Join(", ", component.Repositories.Select(RepositoryView).Select(r => r.Name)),
            NewestGoodPoint = ReportFormat.Time(component.NewestGoodPoint),
            AgeHours = component.NewestGoodPointAgeHours == null ? "" : ReportFormat.Number(component.NewestGoodPointAgeHours.Value),
            AgeWords = component.NewestGoodPointAgeHours == null ? "" : DurationWords.Of(TimeSpan.FromHours(component.NewestGoodPointAgeHours.Value)),
            AgeText = component.NewestGoodPointAgeHours == null ? "" : ReportFormat.ElapsedHours(component.NewestGoodPointAgeHours.Value),
            Visible = component.Visible,
        };

        /// <summary>A protecting job as readiness.json names it ("veeam-main: PM01 nightly"); the client reads the job's name
        /// alone, since the source's id is a name from the definition (the sources table and the internal report keep it).</summary>
        private string JobText(string job)
        {
            if (_internal) return job;
            foreach (var source in _result.Sources)
                if (job.StartsWith(source.Id + ": ", StringComparison.Ordinal)) return job.Substring(source.Id.Length + 2);
            return job;
        }

        private RepositoryView RepositoryView(string id)
        {
            if (!_repositories.TryGetValue(id, out var r)) return new RepositoryView { Id = id, Name = id };
            return new RepositoryView
            {
                Id = id,
                Name = string.IsNullOrEmpty(r.Name) ? id : r.Name!,
                Known = true,
                Location = r.Location == null ? "location unknown" : r.Location.Value.ToString().ToLowerInvariant(),
                OffSite = r.Location == RepositoryLocation.Offsite || r.Location == RepositoryLocation.Cloud || r.Location == RepositoryLocation.Offline,
                Immutable = r.Immutable == null ? "immutability unknown"
                    : r.Immutable.Value ? "immutable" + (r.ImmutableDays == null ? "" : " " + ReportFormat.Number(r.ImmutableDays.Value) + " days")
                    : "not immutable",
                Encrypted = r.Encrypted == null ? "encryption unknown" : r.Encrypted.Value ? "encrypted" : "not encrypted",
            };
        }

        private static RestoreTestView RestoreTest(RestoreTest test, Dictionary<string, string> names) => new RestoreTestView
        {
            Date = ReportFormat.Date(test.Date),
            Scope = ReportFormat.Label(test.Scope.ToString()),
            Result = ReportFormat.Label(test.Result.ToString()),
            Succeeded = test.Result == RestoreResult.Success,
            Duration = test.Duration == null ? "" : ReportFormat.Elapsed(test.Duration.Value.Value),
            Exercise = test.Exercise,
            Components = test.Components.Count == 0 ? "All components" : string.Join(", ", test.Components.Select(c => names.TryGetValue(c, out var n) ? n : c)),
            ValidatedBy = test.ValidatedBy ?? "",
            Validation = test.Validation ?? "",
            Evidence = test.Evidence ?? "",
            Quality = test.Quality.ToString(),
            Origin = System.IO.Path.GetFileName(test.Origin),
        };

        private MatrixRowView MatrixRow(ControlResult control)
        {
            var row = new MatrixRowView
            {
                ControlId = control.Id,
                Title = control.Title,
                Level = control.Level == null ? "" : "ML" + ReportFormat.Number(control.Level.Value),
                ClientOutcome = OutcomeStyles.For(control.Outcome),
                ClientLevel = control.Services.Count == 0,
            };
            if (row.ClientLevel) return row;
            if (_result.Services.Count > MaxMatrixColumns)
            {
                row.CountsText = string.Join(", ", control.Services.GroupBy(s => s.Outcome).OrderBy(g => g.Key)
                    .Select(g => ReportFormat.Number(g.Count()) + " " + OutcomeStyles.For(g.Key).Label.ToLowerInvariant()));
                var notMet = control.Services.Where(s => s.Outcome != Outcome.Effective && s.Outcome != Outcome.NotApplicable).Select(s => ServiceName(s.Service)).ToList();
                row.NotMetText = notMet.Count <= MaxServicesNamed ? string.Join(", ", notMet)
                    : string.Join(", ", notMet.Take(MaxServicesNamed)) + " and " + ReportFormat.Count(notMet.Count - MaxServicesNamed, "more", "more");
                return row;
            }
            foreach (var service in _result.Services)
            {
                var outcome = control.Services.FirstOrDefault(s => s.Service == service.Id);
                row.Cells.Add(new MatrixCellView
                {
                    ServiceId = service.Id,
                    Judged = outcome != null,
                    Outcome = outcome == null ? new OutcomeView() : OutcomeStyles.For(outcome.Outcome),
                });
            }
            return row;
        }

        private ControlOutcomeView ClientControl(ControlResult control) => new ControlOutcomeView
        {
            ControlId = control.Id,
            Title = control.Title,
            Family = control.Level == null ? "DR readiness" : "Essential Eight",
            Outcome = OutcomeStyles.For(control.Outcome),
            Statement = ReportFormat.DatesInText(control.Statement),
            Quality = control.EvidenceQuality?.ToString() ?? "",
            Evidence = _internal ? control.Evidence.ToList() : new List<string>(),
        };

        private ExceptionView Exception(ExceptionStatus exception) => new ExceptionView
        {
            Control = exception.Control,
            Service = exception.Service == null ? "All services" : ServiceName(exception.Service),
            Status = exception.Status,
            Active = exception.Status == "active",
            AcceptedBy = exception.AcceptedBy,
            AcceptedOn = ReportFormat.Date(exception.AcceptedOn),
            Expires = ReportFormat.Date(exception.Expires),
            Reason = exception.Reason,
            Compensating = exception.Compensating,
        };
    }
}
