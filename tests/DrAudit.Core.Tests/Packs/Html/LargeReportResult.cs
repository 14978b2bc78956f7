using DrAudit.Core.Model.Result;
using DrAudit.Core.Packs;

namespace DrAudit.Core.Tests.Packs.Html
{
    /// <summary>A large client's result made fast from the sample's: every service copied until there are 200 services
    /// of 10 components each (2,000 protected objects). The first copy keeps all of the sample's gaps; later copies,
    /// like the bench's generated client, are mostly healthy: they keep only their DR-01 and DR-03 gaps (unapproved
    /// targets, a late backup), every other control of theirs is met.</summary>
    public static class LargeReportResult
    {
        public const int Services = 200;
        public const int ComponentsPerService = 10;

        /// <summary>A copied cause's key, shaped like a real one ("component/lic01.payroll-3/no-backup",
        /// "finding/DR-12/payroll-3"), so causes of one kind still share their key pattern.</summary>
        private static string CopyKey(string key, string serviceId)
        {
            var parts = key.Split('/');
            if (parts[0] == "finding" && parts.Length == 3) parts[2] = serviceId;
            else parts[parts.Length - 2] += "." + serviceId;
            return string.Join("/", parts);
        }

        private static bool Keeps(int copy, string control) => copy == 0 || control == "DR-01" || control == "DR-03";

        public static ReadinessResult Build() => Build(Services, ComponentsPerService);

        /// <summary>The same, with <paramref name="services"/> services of <paramref name="componentsPerService"/> components.</summary>
        public static ReadinessResult Build(int services, int componentsPerService)
        {
            var sample = HtmlReports.Sample();
            var copy = ReadinessJson.Deserialize(ReadinessJson.Serialize(sample));
            copy.Inputs = sample.Inputs;
            var originals = copy.Services.ToList();
            var controls = copy.EssentialEight.Controls.Concat(copy.DrReadiness.Controls).ToList();
            var outcomes = controls.ToDictionary(c => c.Id, c => c.Services.ToList());
            var findings = copy.Findings.ToList();
            var causes = copy.RootCauses.ToList();
            copy.Services.Clear();
            foreach (var c in controls) c.Services.Clear();
            copy.Findings = findings.Where(f => f.Service == null).ToList();
            copy.RootCauses = causes.Where(c => c.Services.Count == 0).ToList();

            for (int n = 0; copy.Services.Count < services; n++)
            {
                foreach (var original in originals)
                {
                    if (copy.Services.Count == services) break;
                    var id = original.Id + "-" + n;
                    var service = ReadinessJson.Deserialize(ReadinessJson.Serialize(new ReadinessResult { Services = { original } })).Services[0];
                    service.Id = id;
                    service.Name = original.Name + " " + n;
                    var components = new List<ComponentStatus>();
                    for (int i = 0; components.Count < componentsPerService; i++)
                    {
                        var template = original.Components[i % original.Components.Count];
                        components.Add(new ComponentStatus
                        {
                            Id = template.Id + "-" + n + "-" + i, Name = template.Name + " " + n + "." + i, Kind = template.Kind,
                            NeedsBackup = template.NeedsBackup, NoBackupReason = template.NoBackupReason, Jobs = template.Jobs.ToList(),
                            Repositories = template.Repositories.ToList(), NewestGoodPoint = template.NewestGoodPoint,
                            NewestGoodPointAgeHours = template.NewestGoodPointAgeHours, Visible = template.Visible,
                        });
                    }
                    service.Components = components;
                    service.RestoreOrder = components.Select(c => c.Id).ToList();
                    copy.Services.Add(service);
                    foreach (var control in controls)
                        foreach (var o in outcomes[control.Id].Where(o => o.Service == original.Id))
                            control.Services.Add(new ServiceControlOutcome { Service = id, Outcome = Keeps(n, control.Id) ? o.Outcome : Outcome.Effective, EvidenceQuality = o.EvidenceQuality, Statement = o.Statement, Evidence = o.Evidence.ToList() });
                    foreach (var f in findings.Where(f => f.Service == original.Id && Keeps(n, f.Control)))
                        copy.Findings.Add(new Finding { Key = f.Control + "/" + id, Control = f.Control, Service = id, Outcome = f.Outcome, Severity = f.Severity, Statement = f.Statement, Remediation = f.Remediation, Evidence = f.Evidence.ToList() });
                    foreach (var c in causes.Where(c => c.Services.Contains(original.Id) && c.Controls.Any(k => Keeps(n, k))))
                        copy.RootCauses.Add(new RootCause
                        {
                            Key = CopyKey(c.Key, id), Title = c.Title + " (" + service.Name + ")", Severity = c.Severity, Services = { id },
                            Controls = c.Controls.Where(k => Keeps(n, k)).ToList(), Findings = c.Findings.Where(k => k.EndsWith("/" + original.Id, StringComparison.Ordinal) && Keeps(n, k.Substring(0, k.IndexOf('/')))).Select(k => k.Substring(0, k.LastIndexOf('/')) + "/" + id).ToList(),
                            Remediation = c.Remediation,
                        });
                }
            }
            copy.RootCauses.RemoveAll(c => c.Findings.Count == 0);
            // In the order the auditor gives them (controls.md "Root causes"): severity, services affected, key.
            copy.RootCauses = copy.RootCauses.OrderByDescending(c => c.Severity).ThenByDescending(c => c.Services.Count).ThenBy(c => c.Key, StringComparer.Ordinal).ToList();
            copy.DrReadiness.ServicesTotal = copy.Services.Count;
            copy.DrReadiness.ServicesReady = copy.Services.Count(s => s.Ready);
            return copy;
        }
    }
}
