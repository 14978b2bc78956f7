using System.Diagnostics;
using System.IO.Compression;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using DrAudit.Core.Auditing;

namespace DrAudit.Core.Tests.Packaging
{
    /// <summary>
    /// The .NET tool package (draudit.&lt;version&gt;.nupkg), installed as a user would: `dotnet tool install` from the
    /// package folder into a tool path of its own, then `draudit` audits the sample. The test project's build packs
    /// the tool into its output folder (packages/tool/), so the test always sees the current code.
    /// </summary>
    public sealed class ToolPackageTests : IDisposable
    {
        private static readonly string Version = typeof(ToolPackageTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "DrAudit.Version").Value!;

        private static string PackageFolder => Path.Combine(AppContext.BaseDirectory, "packages", "tool");

        private readonly string _temp = Directory.CreateTempSubdirectory("draudit-tool-package-").FullName;

        public void Dispose() => Directory.Delete(_temp, recursive: true);

        [Fact]
        public void The_package_is_a_dotnet_tool_named_draudit_at_the_one_version()
        {
            var package = Path.Combine(PackageFolder, "draudit." + Version + ".nupkg");
            Assert.True(File.Exists(package), "The test project's build packs the tool into " + PackageFolder + "; it is not there.");
            using var zip = ZipFile.OpenRead(package);
            var nuspec = XDocument.Load(zip.GetEntry("draudit.nuspec")!.Open());
            var ns = nuspec.Root!.Name.Namespace;

            Assert.Equal("draudit", nuspec.Descendants(ns + "id").Single().Value);
            Assert.Equal(Version, nuspec.Descendants(ns + "version").Single().Value);
            Assert.Equal("DotnetTool", nuspec.Descendants(ns + "packageType").Single().Attribute("name")!.Value);
            var settings = zip.Entries.Single(e => e.FullName.EndsWith("/DotnetToolSettings.xml", StringComparison.Ordinal));
            Assert.Equal("draudit", XDocument.Load(settings.Open()).Descendants("Command").Single().Attribute("Name")!.Value);
            var toolFolder = settings.FullName.Substring(0, settings.FullName.Length - "DotnetToolSettings.xml".Length);
            // The vendor collectors are found by name at run time: nothing would fail to build without them.
            foreach (var collector in new[] { "DrAudit.Collectors.Veeam.dll", "DrAudit.Collectors.M365.dll" })
                Assert.Contains(zip.Entries, e => e.FullName == toolFolder + collector);
            Assert.Equal(Version, ToolVersion.Current);
        }

        [Fact]
        public void The_tool_installs_from_the_package_folder_and_audits_the_sample()
        {
            var tools = Path.Combine(_temp, "tools");
            // Only the package folder as a source: the install must not depend on what a registry serves today.
            var config = Path.Combine(_temp, "nuget.config");
            File.WriteAllText(config, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration><packageSources><clear /></packageSources></configuration>\n");

            var install = Run(DotnetHost(), "tool", "install", "draudit", "--tool-path", tools, "--add-source", PackageFolder,
                "--configfile", config, "--version", Version);
            Assert.True(install.Code == 0, "dotnet tool install failed:\n" + install.Output);

            var draudit = Path.Combine(tools, OperatingSystem.IsWindows() ? "draudit.exe" : "draudit");
            var version = Run(draudit, "--version");
            Assert.Equal(0, version.Code);
            Assert.Equal("draudit " + Version, version.Output.Trim());

            var pack = Path.Combine(_temp, "contoso-dental");
            var audit = Run(draudit, "audit", SampleClient(), "--out", pack);
            Assert.True(audit.Code == 0, "draudit audit failed:\n" + audit.Output);
            Assert.Contains("Contoso Dental Group", audit.Output, StringComparison.Ordinal);
            foreach (var file in new[] { "readiness.json", "report.html", "evidence.xlsx", "manifest.json" })
                Assert.True(File.Exists(Path.Combine(pack, file)), file + " is missing from the pack.");
            Assert.Equal(Version, (string?)JsonNode.Parse(File.ReadAllText(Path.Combine(pack, "readiness.json")))!["toolVersion"]);

            var verify = Run(draudit, "verify", pack);
            Assert.True(verify.Code == 0, "draudit verify failed:\n" + verify.Output);
        }

        private static string DotnetHost() => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

        private static (int Code, string Output) Run(string program, params string[] args)
        {
            var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
            foreach (var arg in args) start.ArgumentList.Add(arg);
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            using var process = Process.Start(start)!;
            process.StandardInput.Close();
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(180_000), program + " did not finish in 3 minutes.");
            return (process.ExitCode, stdout + stderr.Result);
        }

        /// <summary>samples/contoso-dental, found from this source file's own path (wherever the build output went).</summary>
        private static string SampleClient([System.Runtime.CompilerServices.CallerFilePath] string thisFile = "") =>
            Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", "samples", "contoso-dental", "client.yaml"));
    }
}
