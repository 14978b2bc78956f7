using System.Reflection;
using DrAudit.Module.Tests.Support;
using Xunit.Abstractions;
using static DrAudit.Module.Tests.Support.ScriptRun;

// This test must see a process in which no earlier test has audited an m365 source (the Graph SDK, once loaded, stays
// loaded): its collection runs first, and collections run one after another (the module tests were already all in
// one sequential collection, so this costs no parallelism).
[assembly: CollectionBehavior(DisableTestParallelization = true)]
[assembly: TestCollectionOrderer("DrAudit.Module.Tests.GraphLoadingTests", "DrAudit.Module.Tests")]

namespace DrAudit.Module.Tests;

/// <summary>
/// The Graph SDK and Azure.Identity ship with the module (dependencies/) but load only when an m365 source is
/// audited: auditing the fixture client, which has no m365 source, must not load them.
/// </summary>
/// It is also the assembly's collection orderer: its own collection first, then the others by name.
[Collection(CollectionName)]
public sealed class GraphLoadingTests : ITestCollectionOrderer
{
    public const string CollectionName = "Graph loading (runs first)";

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.OrderBy(c => c.DisplayName == CollectionName ? 0 : 1).ThenBy(c => c.DisplayName, StringComparer.Ordinal);

    private static bool IsGraphOrIdentity(string? name) =>
        name != null && (name.StartsWith("Microsoft.Graph", StringComparison.Ordinal) || name == "Azure.Identity" || name == "DrAudit.Collectors.M365");

    private static List<string> LoadedGraphOrIdentity() =>
        AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name).Where(IsGraphOrIdentity).Select(n => n!).Distinct().ToList();

    [Fact]
    public void Auditing_a_client_without_an_m365_source_loads_neither_the_Graph_SDK_nor_Azure_Identity()
    {
        var dependencies = Path.Combine(TestPaths.ModuleFolder, "dependencies");
        foreach (var shipped in new[] { "Microsoft.Graph.dll", "Azure.Identity.dll", "DrAudit.Collectors.M365.dll" })
        {
            Assert.True(File.Exists(Path.Combine(dependencies, shipped)), "The module should ship " + shipped + " in " + dependencies);
        }
        var fixture = File.ReadAllText(TestPaths.Fixture("client.yaml"));
        Assert.DoesNotContain("type: m365", fixture, StringComparison.Ordinal);

        // Every load during the audit, in any load context (the module's own included), is seen here.
        var loadedDuringAudit = new List<string>();
        void OnLoad(object? sender, AssemblyLoadEventArgs e)
        {
            lock (loadedDuringAudit) loadedDuringAudit.Add(e.LoadedAssembly.GetName().Name ?? "");
        }
        var before = LoadedGraphOrIdentity();
        AppDomain.CurrentDomain.AssemblyLoad += OnLoad;
        try
        {
            using var session = new ModuleSession();
            var run = session.Run("Get-DrReadiness -Client client.yaml").WithoutErrors();
            Assert.Equal("fixture-dental", Property(Assert.Single(run.Output), "Client", "Id"));
        }
        finally
        {
            AppDomain.CurrentDomain.AssemblyLoad -= OnLoad;
        }

        Assert.True(before.Count == 0, "This test must run before any test that audits an m365 source, but "
            + string.Join(", ", before) + " were already loaded: is its collection still ordered first?");
        Assert.Contains("DrAudit.Core", loadedDuringAudit); // the module's own load context is seen
        Assert.DoesNotContain(loadedDuringAudit, IsGraphOrIdentity);
        Assert.Empty(LoadedGraphOrIdentity());
    }
}
