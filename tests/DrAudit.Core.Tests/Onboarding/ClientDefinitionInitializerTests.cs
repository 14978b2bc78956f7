using System.Text.RegularExpressions;
using DrAudit.Core.Auditing;
using DrAudit.Core.Evaluation;
using DrAudit.Core.Hosting;
using DrAudit.Core.Loading.Definition;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Onboarding;
using DrAudit.Core.Sources;
using DrAudit.Core.Tests.Sources;

namespace DrAudit.Core.Tests.Onboarding
{
    /// <summary>draudit init on the sample's Veeam and Microsoft 365 captures: the draft loads, names every protected
    /// object in a component that really matches it, lists what nothing protects, and decides nothing for the business.</summary>
    public sealed class ClientDefinitionInitializerTests : IDisposable
    {
        private readonly string _folder = OnboardingFiles.NewFolder();

        public void Dispose() => Directory.Delete(_folder, true);

        private DraftResult DraftSample(string? path = null, IAuditHost? host = null, bool force = false) =>
            ClientDefinitionInitializer.Run(new DraftRequest
            {
                Sources = OnboardingFiles.SampleCaptures(),
                OutputPath = path ?? Path.Combine(_folder, "contoso-dental", "client.yaml"),
                ClientName = "Contoso Dental Group",
                AsOf = OnboardingFiles.SampleAsOf,
                Force = force,
            }, host ?? new RecordingAuditHost(), CancellationToken.None);

        [Fact]
        public void The_draft_from_the_sample_captures_loads_without_errors()
        {
            var result = DraftSample();

            Assert.True(result.Written);
            Assert.True(result.Complete);
            var read = ClientDefinitionLoader.Read(result.Path);
            Assert.False(read.HasErrors, string.Join("\n", read.Problems));
            var definition = read.Definition!;
            Assert.Equal("contoso-dental", definition.Client.Id);
            Assert.Equal("Contoso Dental Group", definition.Client.Name);
            Assert.Equal(OnboardingFiles.SampleAsOf, definition.AsOf);
            Assert.Equal(new[] { "veeam-main", "m365-backup" }, definition.Sources.Select(s => s.Id));
            Assert.Equal(Path.Combine(OnboardingFiles.SampleFolder, "veeam-capture"), definition.Sources[0].Capture);
            Assert.Equal(File.ReadAllText(result.Path), result.Text);
        }

        /// <summary>Every object an enabled job or a restore point names is matched by a component of the draft, found the
        /// way the audit finds evidence (EvidenceIndex), and every match is exact and matches something.</summary>
        [Fact]
        public void Every_protected_object_is_attributed_to_a_component_by_its_match()
        {
            var result = DraftSample();
            var definition = ClientDefinitionLoader.Load(result.Path);
            var asOf = definition.AsOf!.Value;
            var data = definition.Sources.Select(s => SourceCollection.Collect(s, new CollectionContext(asOf, definition.AuditWindow, SilentAuditHost.Instance),
                new SourceTimeouts(), CancellationToken.None)).ToList();
            Assert.All(data, d => Assert.True(d.Ok, d.Error));

            var index = EvidenceIndex.Build(definition, asOf, data);
            var matched = new HashSet<string>(definition.Components.SelectMany(c => index.For(c.Id).MatchedObjects), StringComparer.OrdinalIgnoreCase);
            var protectedObjects = data.SelectMany(d => d.Inventory!.Jobs.Where(j => j.Enabled).SelectMany(j => j.Objects)
                .Concat(d.Inventory.RestorePoints.Where(p => p.Time <= asOf).Select(p => p.Object)).Select(o => d.Id + ": " + o)).Distinct().ToList();

            Assert.True(protectedObjects.Count > 40, "too few protected objects: " + protectedObjects.Count);
            Assert.All(protectedObjects, o => Assert.Contains(o, matched));
            Assert.Contains("veeam-main: SQL01", protectedObjects);
            Assert.Contains("m365-backup: priya.shah@contosodental.com.au", protectedObjects);
            Assert.All(definition.Components, c =>
            {
                Assert.NotNull(c.Backup);
                Assert.All(c.Backup!.Match, m => Assert.DoesNotContain("*", m.Object));
                Assert.NotEmpty(index.For(c.Id).MatchedObjects);
            });
            // Nothing the source retired is drafted as protected.
            Assert.DoesNotContain(definition.Components, c => c.Backup!.Match.Any(m => m.Object == "DC01"));
        }

        [Fact]
        public void Components_are_one_per_protected_object_and_one_per_saas_job_with_kinds_from_discovery()
        {
            var definition = ClientDefinitionLoader.Load(DraftSample().Path);

            var sql = definition.FindComponent("sql01")!;
            Assert.Equal(ComponentKind.Server, sql.Kind); // discovered as a vm
            Assert.Equal("SQL01", Assert.Single(sql.Backup!.Match).Object);
            Assert.Equal(ComponentKind.Other, definition.FindComponent("fw01-config")!.Kind); // nothing says what it is
            var mailboxes = definition.FindComponent("exchange-online-mailboxes")!;
            Assert.Equal(ComponentKind.M365Mailbox, mailboxes.Kind);
            Assert.Contains(mailboxes.Backup!.Match, m => m.Object == "ben.cooper@contosodental.com.au");
            Assert.Equal(ComponentKind.M365OneDrive, definition.FindComponent("onedrive-for-business")!.Kind);
            Assert.Equal(ComponentKind.M365Site, definition.FindComponent("sharepoint-online-sites")!.Kind);
            Assert.Equal(10, definition.Components.Count);

            var service = Assert.Single(definition.Services);
            Assert.Equal(ClientDefinitionDraft.PlaceholderServiceId, service.Id);
            Assert.Equal(definition.Components.Select(c => c.Id), service.Components);
        }

        /// <summary>Placeholders never pass a control: the service has no approval and no owners, and the audit of the
        /// draft reports both, and every discovered workload nothing protects as unaccounted for.</summary>
        [Fact]
        public void The_draft_approves_nothing_and_its_audit_reports_what_is_left_to_decide()
        {
            var result = DraftSample();
            var definition = ClientDefinitionLoader.Load(result.Path);
            var service = definition.Services[0];
            Assert.Null(service.Targets?.ApprovedBy);
            Assert.Null(service.Targets?.ApprovedOn);
            Assert.Null(service.Owners);
            Assert.Empty(definition.AccountedFor);
            Assert.Empty(definition.Exceptions);
            Assert.Empty(definition.NotImplemented);

            var audit = ReadinessAuditor.Audit(result.Path, new AuditOptions(), SilentAuditHost.Instance, CancellationToken.None);

            Assert.True(audit.Complete);
            Assert.Contains(audit.Findings, f => f.Control == "DR-01" && f.Service == "unassigned");
            Assert.Contains(audit.Findings, f => f.Control == "DR-16");
            Assert.Equal(new[] { "LIC01", "TEST-PM02", "XRAY-GW01", "reception@contosodental.com.au" },
                audit.Discovered.Where(d => d.Status == DiscoveredWorkloadStatus.Unaccounted).Select(d => d.Object));
            Assert.DoesNotContain(audit.Discovered, d => d.InNoService);
        }

        [Fact]
        public void Workloads_nothing_protects_are_listed_for_a_decision()
        {
            var result = DraftSample();

            // The m365 capture lists the tenant too: the shared reception mailbox no policy protects.
            Assert.Equal(new[] { "LIC01", "TEST-PM02", "XRAY-GW01", "DC01", "reception@contosodental.com.au" }, result.Draft.Undecided.Select(u => u.Object));
            Assert.Equal("DC01 nightly (server retired)", result.Draft.Undecided[3].DisabledJob);
            Assert.Contains("#   veeam-main: LIC01 (vm on vSphere vc01.contosodental.local)", result.Text);
            Assert.Contains("#   veeam-main: DC01 (only in the disabled job \"DC01 nightly (server retired)\")", result.Text);
            Assert.Contains("# accountedFor:", result.Text);
            Assert.Contains("#   m365-backup: reception@contosodental.com.au (mailbox on Microsoft 365)", result.Text);
            Assert.DoesNotContain("m365-backup cannot list the workloads in its environment", result.Text);
        }

        [Fact]
        public void Every_placeholder_is_marked_for_a_decision()
        {
            var text = DraftSample().Text;

            Assert.StartsWith("# DRAFT client definition", text);
            Assert.Matches(@"(?m)^  - id: unassigned   # DECIDE: split", text);
            Assert.Matches(@"(?m)^    tier: critical   # DECIDE:", text);
            Assert.Matches(@"(?m)^    # owners:   # DECIDE:", text);
            Assert.Matches(@"(?m)^    #   approvedBy: DECIDE", text);
            Assert.Matches(@"(?m)^    kind: other   # DECIDE:", text);
            Assert.Equal(10, Regex.Matches(text, "# DECIDE: a name the business recognises").Count);
        }

        [Fact]
        public void An_existing_file_is_not_replaced_without_force()
        {
            var path = Path.Combine(_folder, "client.yaml");
            File.WriteAllText(path, "apiVersion: draudit/v1\nreviewed: true\n");

            var refused = Assert.Throws<IOException>(() => DraftSample(path));

            Assert.Contains("already exists", refused.Message);
            Assert.Equal("apiVersion: draudit/v1\nreviewed: true\n", File.ReadAllText(path));
            Assert.Equal(new[] { "client.yaml" }, Directory.EnumerateFileSystemEntries(_folder).Select(Path.GetFileName));

            var replaced = DraftSample(path, force: true);
            Assert.True(replaced.Written);
            Assert.StartsWith("# DRAFT", File.ReadAllText(path));
            Assert.Equal(new[] { "client.yaml" }, Directory.EnumerateFileSystemEntries(_folder).Select(Path.GetFileName));
        }

        [Fact]
        public void A_folder_or_an_input_of_the_run_is_never_replaced_even_with_force()
        {
            var folder = Path.Combine(_folder, "a-folder");
            Directory.CreateDirectory(folder);
            Assert.Throws<IOException>(() => DraftSample(folder, force: true));
            Assert.True(Directory.Exists(folder));

            var inventory = Path.Combine(_folder, "inventory.json");
            File.WriteAllText(inventory, "{}");
            var request = new DraftRequest
            {
                Sources = { SourceSpec.Parse("type=inventory,path=" + inventory, _folder) },
                OutputPath = inventory,
                Force = true,
            };
            Assert.Throws<ArgumentException>(() => ClientDefinitionInitializer.Run(request, new RecordingAuditHost(), CancellationToken.None));
            Assert.Equal("{}", File.ReadAllText(inventory));
        }

        [Theory]
        [InlineData("report.docx", "the only copy of the auditor's notes")]
        [InlineData("manifest.json", "{ \"apiVersion\": \"other/v1\", \"kind\": \"SomethingElse\" }")]
        public void Force_replaces_only_a_client_definition_or_an_empty_file(string name, string content)
        {
            var other = Path.Combine(_folder, name);
            File.WriteAllText(other, content);
            var empty = Path.Combine(_folder, "empty.yaml");
            File.WriteAllText(empty, "");

            var refused = Assert.Throws<ArgumentException>(() => DraftSample(other, force: true));

            Assert.Contains("not a DrAudit client definition", refused.Message);
            Assert.Equal(content, File.ReadAllText(other));
            Assert.True(DraftSample(empty, force: true).Written);
            Assert.StartsWith("# DRAFT", File.ReadAllText(empty));
        }

        [Fact]
        public void A_file_inside_a_capture_the_run_reads_is_an_input_and_never_replaced()
        {
            var capture = Path.Combine(_folder, "veeam-capture");
            Directory.CreateDirectory(capture);
            var index = Path.Combine(capture, "index.json");
            const string Original = "{ \"format\": \"draudit-veeam-capture/1\", \"apiVersion\": \"draudit/v1\" }";
            File.WriteAllText(index, Original);
            var request = new DraftRequest
            {
                Sources = { SourceSpec.Parse("type=veeam,id=veeam-main,capture=" + capture, _folder) },
                OutputPath = index,
                Force = true,
            };

            var refused = Assert.Throws<ArgumentException>(() => ClientDefinitionInitializer.Run(request, new RecordingAuditHost(), CancellationToken.None));

            Assert.Contains("input of this run", refused.Message);
            Assert.Equal(Original, File.ReadAllText(index));
            Assert.Equal(new[] { "index.json" }, Directory.EnumerateFileSystemEntries(capture).Select(Path.GetFileName));
        }

        [Fact]
        public void Nothing_is_written_inside_an_evidence_pack()
        {
            var pack = Path.Combine(_folder, "packs", "2026-11-01");
            Directory.CreateDirectory(Path.Combine(pack, "client"));
            File.WriteAllText(Path.Combine(pack, "manifest.json"), "{ \"apiVersion\": \"draudit/v1\", \"kind\": \"EvidencePackManifest\", \"files\": [] }");
            var saved = Path.Combine(pack, "client", "client.yaml");
            File.WriteAllText(saved, "apiVersion: draudit/v1\n");

            var replacing = Assert.Throws<ArgumentException>(() => DraftSample(saved, force: true));
            var adding = Assert.Throws<ArgumentException>(() => DraftSample(Path.Combine(pack, "client.yaml")));

            Assert.Contains("inside " + pack, replacing.Message);
            Assert.Contains("inside " + pack, adding.Message);
            Assert.Equal("apiVersion: draudit/v1\n", File.ReadAllText(saved));
            Assert.Equal(new[] { "client", "manifest.json" }, Directory.EnumerateFileSystemEntries(pack).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal));
        }

        [Fact]
        public void WhatIf_writes_nothing()
        {
            var host = new DecliningHost();
            var path = Path.Combine(_folder, "contoso-dental", "client.yaml");

            var result = DraftSample(path, host);

            Assert.False(result.Written);
            Assert.Equal(new[] { ClientDefinitionInitializer.WriteAction + ": " + path }, host.Asked);
            Assert.False(File.Exists(path));
            Assert.Empty(Directory.EnumerateFileSystemEntries(_folder, "*", SearchOption.AllDirectories));
        }

        /// <summary>A source that cannot be read still appears (with why, marked DECIDE); the draft loads; the credential
        /// stays a pair of environment-variable names, never their values.</summary>
        [Fact]
        public void A_source_that_cannot_be_read_leaves_a_loadable_draft_and_no_secret()
        {
            const string user = "DRAUDIT_INIT_TEST_USER", password = "DRAUDIT_INIT_TEST_PASS";
            Environment.SetEnvironmentVariable(user, "svc-backup-reader");
            Environment.SetEnvironmentVariable(password, "Sup3r-S3cret-Value");
            try
            {
                var path = Path.Combine(_folder, "acme", "client.yaml");
                var result = ClientDefinitionInitializer.Run(new DraftRequest
                {
                    Sources = { SourceSpec.Parse($"type=veeam,url=https://127.0.0.1:1,env={user},passwordEnv={password}", _folder) },
                    OutputPath = path,
                    Timeouts = new SourceTimeouts { RequestTimeout = TimeSpan.FromSeconds(2), Deadline = TimeSpan.FromSeconds(5) },
                }, new RecordingAuditHost(), CancellationToken.None);

                Assert.False(result.Complete);
                Assert.True(result.Written);
                var text = File.ReadAllText(path);
                Assert.DoesNotContain("Sup3r-S3cret-Value", text);
                Assert.DoesNotContain("svc-backup-reader", text);
                Assert.Contains($"credential: {{ env: \"{user}\", passwordEnv: \"{password}\" }}", text);
                Assert.Contains("# DECIDE: this source could not be read", text);
                var definition = ClientDefinitionLoader.Load(path);
                Assert.Equal("acme", definition.Client.Id);
                var placeholder = Assert.Single(definition.Components);
                Assert.Equal(ClientDefinitionDraft.PlaceholderComponentId, placeholder.Id);
                Assert.Null(placeholder.Backup); // expected to be protected, matched by nothing: a gap, never a pass
            }
            finally
            {
                Environment.SetEnvironmentVariable(user, null);
                Environment.SetEnvironmentVariable(password, null);
            }
        }

        [Fact]
        public void A_vb365_source_keeps_its_organization_and_the_draft_loads()
        {
            var path = Path.Combine(_folder, "acme", "client.yaml");

            var result = ClientDefinitionInitializer.Run(new DraftRequest
            {
                Sources = { SourceSpec.Parse("type=vb365,url=https://127.0.0.1:1,organization=acme.onmicrosoft.com,secret=acme-vb365", _folder) },
                OutputPath = path,
                Timeouts = new SourceTimeouts { RequestTimeout = TimeSpan.FromSeconds(2), Deadline = TimeSpan.FromSeconds(5) },
            }, new RecordingAuditHost(), CancellationToken.None);

            Assert.True(result.Written);
            var source = Assert.Single(ClientDefinitionLoader.Load(path).Sources);
            Assert.Equal("vb365", source.Id);
            Assert.Equal("acme.onmicrosoft.com", source.Organization);
            Assert.Equal("acme-vb365", source.Credential!.Secret);
        }
    }
}
