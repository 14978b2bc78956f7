using System.Management.Automation;
using DrAudit.Module.Tests.Support;
using static DrAudit.Module.Tests.Support.ScriptRun;

namespace DrAudit.Module.Tests;

/// <summary>Export-DrRenewalPack as a user types it, over three monthly packs of the fixture client laid out as
/// Invoke-DrAudit writes them (September missing).</summary>
[Collection(ModuleCollection.Name)]
public sealed class RenewalPackCommandTests : IClassFixture<ModuleSession>, IDisposable
{
    private readonly ModuleSession _session;
    private readonly string _root = Path.Combine(Path.GetTempPath(), "draudit-module-tests-" + Guid.NewGuid().ToString("N"));

    public RenewalPackCommandTests(ModuleSession session)
    {
        _session = session;
        Directory.CreateDirectory(_root);
        foreach (var date in new[] { "2026-08-01", "2026-10-01", "2026-11-01" })
            _session.Run("Get-DrReadiness -Client $client -AsOf $date -WarningAction SilentlyContinue | Export-DrEvidencePack -Path $pack -Format Json",
                ("client", TestPaths.Fixture("client.yaml")), ("date", date), ("pack", Path.Combine(Packs, "fixture-dental", date))).WithoutErrors();
    }

    private string Packs => Path.Combine(_root, "packs");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void The_renewal_pack_is_written_with_its_result_a_warning_per_gap_and_progress_per_pack()
    {
        var target = Path.Combine(_root, "renewal");
        var run = _session.Run("Export-DrRenewalPack -Client fixture-dental -PackRoot $packs -Path $out -From 2026-08-01 -To 2026-11-15",
            ("packs", Packs), ("out", target)).WithoutErrors();

        var result = Assert.Single(run.Output);
        Assert.Equal("fixture-dental", Property(result, "ClientId"));
        Assert.Equal(3, Property(result, "MonthsAudited"));
        Assert.Equal(4, Property(result, "MonthsTotal"));
        Assert.Equal(true, Property(result, "HasGaps"));
        Assert.Contains(run.Warnings, w => w.Contains("Sep 2026", StringComparison.Ordinal));
        Assert.Contains(run.Progress, p => p.Activity == "Reading evidence packs for the renewal" && p.StatusDescription.Contains("2026-10-01", StringComparison.Ordinal));
        foreach (var file in new[] { "renewal.html", "renewal.xlsx", "renewal.json", "manifest.json" })
            Assert.True(File.Exists(Path.Combine(target, file)), file);
        _session.Run("Test-DrEvidencePack -Path $out", ("out", target)).WithoutErrors();
    }

    [Fact]
    public void WhatIf_writes_nothing_and_an_existing_pack_needs_Force()
    {
        var target = Path.Combine(_root, "again");
        _session.Run("Export-DrRenewalPack fixture-dental $out -PackRoot $packs -WhatIf", ("packs", Packs), ("out", target)).WithoutErrors();
        Assert.False(Directory.Exists(target));

        _session.Run("$null = Export-DrRenewalPack fixture-dental $out -PackRoot $packs -Format Json", ("packs", Packs), ("out", target)).WithoutErrors();
        var again = _session.Run("Export-DrRenewalPack fixture-dental $out -PackRoot $packs -Format Json", ("packs", Packs), ("out", target));
        Assert.Equal("DrAudit.PackExists", Assert.Single(again.Errors).FullyQualifiedErrorId.Split(',')[0]);
        _session.Run("$null = Export-DrRenewalPack fixture-dental $out -PackRoot $packs -Format Json -Force", ("packs", Packs), ("out", target)).WithoutErrors();
    }

    [Fact]
    public void An_unknown_client_is_an_error_record_with_a_stable_id()
    {
        var run = _session.Run("Export-DrRenewalPack -Client nobody -PackRoot $packs -Path $out", ("packs", Packs), ("out", Path.Combine(_root, "none")));
        var error = Assert.Single(run.Errors);
        Assert.Equal("DrAudit.RenewalClientNotFound", error.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.False(Directory.Exists(Path.Combine(_root, "none")));
    }

    [Fact]
    public void Force_never_replaces_an_evidence_pack()
    {
        var evidence = Path.Combine(Packs, "fixture-dental", "2026-11-01");
        var run = _session.Run("try { Export-DrRenewalPack fixture-dental $out -PackRoot $packs -Force; 'went on' } catch { $_ }", ("packs", Packs), ("out", evidence));
        var error = Assert.IsType<ErrorRecord>(Assert.Single(run.Output));
        Assert.StartsWith("DrAudit.FolderNotReplaceable", error.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(evidence, "readiness.json")));
    }

    /// <summary>draudit renewal refuses the same folders for the same reasons (RenewalCommandTests in the core tests):
    /// both front ends run the core's RenewalPackExporter.</summary>
    [Fact]
    public void Force_never_replaces_a_folder_of_other_files_the_pack_root_or_the_client_folder()
    {
        var notes = Path.Combine(_root, "notes");
        Directory.CreateDirectory(notes);
        File.WriteAllText(Path.Combine(notes, "keep.txt"), "mine");
        foreach (var (target, reason) in new[]
        {
            (notes, "it is not a DrAudit renewal pack"),
            (Packs, "it is an input or the working folder of this run."),
            (Path.Combine(Packs, "fixture-dental"), "it is an input or the working folder of this run."),
        })
        {
            var run = _session.Run("try { Export-DrRenewalPack fixture-dental $out -PackRoot $packs -Force; 'went on' } catch { $_ }", ("packs", Packs), ("out", target));
            var error = Assert.IsType<ErrorRecord>(Assert.Single(run.Output));
            Assert.StartsWith("DrAudit.FolderNotReplaceable", error.FullyQualifiedErrorId, StringComparison.Ordinal);
            Assert.Contains("Refusing to replace " + target + ": " + reason, error.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain(run.Progress, p => p.Activity == "Reading evidence packs for the renewal");
        }
        Assert.Equal("mine", File.ReadAllText(Path.Combine(notes, "keep.txt")));
        Assert.True(File.Exists(Path.Combine(Packs, "fixture-dental", "2026-11-01", "readiness.json")));
    }

    [Fact]
    public void Tab_completes_the_client_folders_under_the_bound_pack_root()
    {
        Directory.CreateDirectory(Path.Combine(Packs, "_notes"));
        var completed = _session.Run("(TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches | ForEach-Object CompletionText",
            ("line", "Export-DrRenewalPack -PackRoot '" + Packs + "' -Client f")).WithoutErrors();
        Assert.Equal(new object?[] { "fixture-dental" }, completed.Output);
    }
}
