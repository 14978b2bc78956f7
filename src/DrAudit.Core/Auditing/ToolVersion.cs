using System.Reflection;

namespace DrAudit.Core.Auditing
{
    /// <summary>DrAudit's version as results and packs record it: the core assembly's informational version
    /// without any source-revision suffix ("0.1.0").</summary>
    public static class ToolVersion
    {
        public static string Current { get; } = Read();

        private static string Read()
        {
            var assembly = typeof(ToolVersion).Assembly;
            var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
            if (string.IsNullOrWhiteSpace(informational)) return assembly.GetName().Version?.ToString(3) ?? "0.0.0";
            var plus = informational!.IndexOf('+');
            return plus < 0 ? informational : informational.Substring(0, plus);
        }
    }
}
