using DrAudit.Core.Hosting;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Onboarding;
using DrAudit.Core.Tests.Packs.Html;

namespace DrAudit.Core.Tests.Onboarding
{
    /// <summary>What the onboarding tests share: the sample's captures as sources, and a host that can say no.</summary>
    internal static class OnboardingFiles
    {
        public static readonly DateTimeOffset SampleAsOf = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

        public static string SampleFolder => Path.Combine(HtmlReports.RepositoryRoot(), "samples", "contoso-dental");

        public static List<SourceDefinition> SampleCaptures() => new List<SourceDefinition>
        {
            SourceSpec.Parse("type=veeam,id=veeam-main,capture=./veeam-capture", SampleFolder),
            SourceSpec.Parse("type=m365,id=m365-backup,capture=./m365-capture", SampleFolder),
        };

        public static string NewFolder()
        {
            var folder = Path.Combine(Path.GetTempPath(), "draudit-init-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    /// <summary>A host that declines every write, as -WhatIf does.</summary>
    internal sealed class DecliningHost : IAuditHost
    {
        public List<string> Asked { get; } = new List<string>();
        public void WriteVerbose(string message) { }
        public void WriteWarning(string message) { }
        public void WriteProgress(ProgressReport progress) { }
        public bool ShouldProcess(string target, string action) { Asked.Add(action + ": " + target); return false; }
    }
}
