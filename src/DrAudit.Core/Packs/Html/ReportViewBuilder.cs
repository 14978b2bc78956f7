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
            view.RootCauses = _result.RootCauses.Select(RootCause).ToList();
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
            view.RpoChart = RpoChart();
            view.RtoChart = RtoChart();
            view.RunHistory = RunHistory();
            view.Services = _result.Services.Select((s, i) => Service(s, i)).ToList();
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
                if (!string.IsNullOrEmpty(control.Statement)) view.Reasons.Add(control.Statement!);
            }
            else
            {
                view.Reasons.AddRange(control.Services.Where(s => !s.Outcome.IsSatisfied() && !string.IsNullOrEmpty(s.Statement)).Select(s => s.Statement!));
            }
            return view;
        }

        private SourceView Source(SourceStatus source)
        {
            var view = new SourceView
            {
                Id = source.Id,
                Type = source.Type,
                System = source.System ?? "",
                Ok = source.Status == SourceState.Ok,
                Status = source.Status == SourceState.Ok ? "Read" : "Failed",
                CollectedAt = ReportFormat.Time(source.CollectedAt),
                Error = _internal ? source.Error ?? "" : source.Status == SourceState.Ok ? "" : "Its evidence is missing from this audit.",
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
            Statement = finding.Statement,
            Impact = _catalogue.Find(finding.Control)?.Rationale ?? "",
            Remediation = finding.Remediation,
            Evidence = _internal ? finding.Evidence.ToList() : new List<string>(),
        };

        private RootCauseView RootCause(RootCause cause)
        {
            var services = cause.Services.Select(ServiceName).ToList();
            if (services.Count > MaxServicesNamed)
                services = services.Take(MaxServicesNamed).Concat(new[] { "and " + ReportFormat.Count(cause.Services.Count - MaxServicesNamed, "more service", "more services") }).ToList();
            if (services.Count == 0) services.Add("All services");
            return new RootCauseView
            {
                Key = cause.Key,
                Title = cause.Title,
                Severity = cause.Severity.ToString().ToLowerInvariant(),
                SeverityLabel = cause.Severity.ToString(),
                Services = services,
                Controls = cause.Controls.Count == 1 ? new List<string> { cause.Controls[0] + " " + ControlTitle(cause.Controls[0]) } : cause.Controls.ToList(),
                Remediation = cause.Remediation,
                FindingsText = ReportFormat.Count(cause.Findings.Count, "finding", "findings"),
            };
        }

        /// <summary>What a source that could not be read leaves out, in business words (the reason is the engineer's).</summary>
        private string MissingEvidence(SourceStatus source)
        {
            var what = source.Type == Model.Definition.SourceDefinition.VeeamType ? "The Veeam backup server"
                : source.Type == Model.Definition.SourceDefinition.M365Type ? "Microsoft 365 Backup"
                : source.Type == Model.Definition.SourceDefinition.Vb365Type ? "Veeam Backup for Microsoft 365" : "The backup source";
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

        private TargetChartView RpoChart()
        {
            var rows = new List<TargetBarView>();
            var ratios = new List<double?>();
            foreach (var service in _result.Services)
            {
                var row = new TargetBarView { ServiceId = service.Id, Label = ChartGeometry.Shorten(service.Name), FullLabel = service.Name, TargetText = "RPO " + service.Rpo };
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
                    row.ValueText = ReportFormat.Hours(age);
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
            return ChartGeometry.TargetChart("Recovery point age against the RPO target",
                "Age of each service's oldest newest-good-recovery-point at the audit point, as a share of the service's RPO.", rows, ratios);
        }

        private TargetChartView RtoChart()
        {
            var rows = new List<TargetBarView>();
            var ratios = new List<double?>();
            foreach (var service in _result.Services)
            {
                var row = new TargetBarView { ServiceId = service.Id, Label = ChartGeometry.Shorten(service.Name), FullLabel = service.Name, TargetText = "RTO " + service.Rto };
                double? ratio = null;
                var latest = RestoreTestEvidence.LatestProofOfRecoveryTime(_restoreTests.Where(t => t.Service == service.Id).ToList());
                if (_result.Inputs == null) Missing(row, "restore tests not available", "");
                else if (latest == null) Missing(row, "no timed restore of the whole application", "");
                else if (latest.Duration == null) Missing(row, "restore duration not recorded", ReportFormat.Date(latest.Date));
                else
                {
                    row.Detail = ReportFormat.Label(latest.Scope.ToString()) + " restore on " + ReportFormat.Date(latest.Date);
                    row.ValueText = latest.Duration.Value.ToString();
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
            return ChartGeometry.TargetChart("Tested restore time against the RTO target",
                "Duration of each service's latest successful application or full-service restore test, as a share of the service's RTO.", rows, ratios);
        }

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

        private ServiceView Service(ServiceReadiness service, int index)
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
                TargetsApproved = service.TargetsApproved,
                ApprovedBy = service.ApprovedBy ?? "",
                ApprovedOn = ReportFormat.Date(service.ApprovedOn),
                Workaround = service.Workaround ?? "",
                RestoreOrderDocumented = service.RestoreOrderDocumented,
                RestoreOrder = service.RestoreOrder.Select((id, i) => new RestoreStepView
                {
                    Position = i + 1,
                    ComponentId = id,
                    ComponentName = names.TryGetValue(id, out var n) ? n : id,
                }).ToList(),
                Components = service.Components.Select(Component).ToList(),
                RestoreTestsKnown = _result.Inputs != null,
                RestoreTests = _restoreTests.Where(t => t.Service == service.Id).OrderByDescending(t => t.Date).Select(t => RestoreTest(t, names)).ToList(),
            };
            view.Storage = service.Components.SelectMany(c => c.Repositories).Distinct(StringComparer.Ordinal).Select(RepositoryView)
                .Select(r => r.Known ? r.Name + ": " + r.Location + ", " + r.Immutable + ", " + r.Encrypted : r.Name + ": details not in the inventory").ToList();
            var satisfied = 0;
            foreach (var control in _controls)
                foreach (var outcome in control.Services.Where(s => s.Service == service.Id))
                {
                    if (!_internal && (outcome.Outcome == Outcome.Effective || outcome.Outcome == Outcome.NotApplicable)) { satisfied++; continue; }
                    view.Controls.Add(new ControlOutcomeView
                    {
                        ControlId = control.Id,
                        Title = control.Title,
                        Family = control.Level == null ? "DR readiness" : "Essential Eight",
                        Outcome = OutcomeStyles.For(outcome.Outcome),
                        Statement = outcome.Statement ?? "",
                        Quality = outcome.EvidenceQuality?.ToString() ?? "",
                        Exception = outcome.Exception ?? "",
                        Evidence = _internal ? outcome.Evidence.ToList() : new List<string>(),
                    });
                }
            view.ControlsSatisfiedText = ReportFormat.Count(satisfied, "control is", "controls are") + " met or do" + (satisfied == 1 ? "es" : "") + " not apply (see the controls matrix).";
            return view;
        }

        private ComponentView Component(ComponentStatus component) => new ComponentView
        {
            Id = component.Id,
            Name = component.Name,
            Kind = component.Kind,
            NeedsBackup = component.NeedsBackup,
            NoBackupReason = component.NoBackupReason ?? "",
            Jobs = component.Jobs.ToList(),
            Repositories = component.Repositories.Select(RepositoryView).ToList(),
            RepositoriesText = string.Join(", ", component.Repositories.Select(RepositoryView).Select(r => r.Name)),
            NewestGoodPoint = ReportFormat.Time(component.NewestGoodPoint),
            AgeHours = component.NewestGoodPointAgeHours == null ? "" : ReportFormat.Number(component.NewestGoodPointAgeHours.Value),
            AgeWords = component.NewestGoodPointAgeHours == null ? "" : DurationWords.Of(TimeSpan.FromHours(component.NewestGoodPointAgeHours.Value)),
            Visible = component.Visible,
        };

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
            Duration = test.Duration?.ToString() ?? "",
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
            Statement = control.Statement ?? "",
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
