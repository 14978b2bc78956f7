using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace DrAudit.PowerShell.Dependencies
{
    /// <summary>
    /// .NET only. Loads DrAudit.Core and whatever it references from <c>dependencies/</c>, so our YamlDotNet and
    /// Newtonsoft.Json bind here even when another module has loaded other versions into the default context.
    /// Assemblies that .NET itself provides (System.Memory, System.Text.Json, ...: shipped in <c>dependencies/</c>
    /// for Windows PowerShell 5.1) are left to the default context whenever its version is new enough, so types
    /// such as Span&lt;T&gt; stay the runtime's own. Anything not in the folder falls through to the default context.
    /// </summary>
    internal sealed class DependencyLoadContext : AssemblyLoadContext
    {
        private static readonly string FrameworkFolder = Path.GetDirectoryName(typeof(object).Assembly.Location) ?? "";
        private readonly string _folder;

        public DependencyLoadContext(string folder)
        {
            _folder = folder;
        }

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            var path = Path.Combine(_folder, assemblyName.Name + ".dll");
            if (!File.Exists(path) || FrameworkProvides(assemblyName)) return null;
            return LoadFromAssemblyPath(path);
        }

        private static bool FrameworkProvides(AssemblyName wanted)
        {
            var path = Path.Combine(FrameworkFolder, wanted.Name + ".dll");
            if (!File.Exists(path)) return false;
            var provided = AssemblyName.GetAssemblyName(path).Version;
            return wanted.Version == null || (provided != null && provided >= wanted.Version);
        }
    }
}
