using System.Reflection;

namespace DrAudit.Module.Tests.Support;

/// <summary>Where the built module, the repository and the fixtures are.</summary>
public static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string ModuleVersion { get; } = Metadata("DrAudit.ModuleVersion");

    /// <summary>The module as Install-PSResource leaves it: this project's build packs DrAudit.&lt;version&gt;.nupkg from the
    /// assembled module (out/DrAudit/&lt;version&gt;/) and unpacks it into installed/DrAudit/&lt;version&gt;/ beside the tests.</summary>
    public static string ModuleFolder { get; } = Path.Combine(AppContext.BaseDirectory, "installed", "DrAudit", ModuleVersion);

    /// <summary>The module package this project's build packed.</summary>
    public static string ModulePackage { get; } = Path.Combine(AppContext.BaseDirectory, "packages", "module", "DrAudit." + ModuleVersion + ".nupkg");

    public static string ModuleManifest { get; } = Path.Combine(ModuleFolder, "DrAudit.psd1");

    public static string Fixtures { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string Fixture(string name) => Path.Combine(Fixtures, name);

    /// <summary>The NuGet package cache this test project was restored from.</summary>
    public static string NuGetPackageRoot
    {
        get
        {
            var root = Metadata("DrAudit.NuGetPackageRoot");
            if (root.Length > 0) return root;
            return Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        }
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DrAudit.sln"))) return dir.FullName;
        }
        // Built with --artifacts-path outside the checkout: the source tree is where this project was built from.
        var project = Metadata("DrAudit.ProjectDirectory");
        for (var dir = project.Length > 0 ? new DirectoryInfo(project) : null; dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DrAudit.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Cannot find DrAudit.sln above " + AppContext.BaseDirectory + ".");
    }

    private static string Metadata(string key) =>
        typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value ?? "";
}
