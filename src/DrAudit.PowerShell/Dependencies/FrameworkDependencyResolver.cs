using System;
using System.IO;
using System.Reflection;

namespace DrAudit.PowerShell.Dependencies
{
    /// <summary>
    /// Windows PowerShell 5.1 (.NET Framework) only. .NET Framework has no load contexts, so when an assembly
    /// cannot be found the normal way, loads it from <c>dependencies/</c> if it is there; side-by-side loading of
    /// strong-named assemblies keeps our versions apart from other modules'.
    /// </summary>
    internal static class FrameworkDependencyResolver
    {
        private static string? _folder;
        private static bool _registered;

        public static void Register(string folder)
        {
            if (_registered) return;
            _folder = folder;
            AppDomain.CurrentDomain.AssemblyResolve += Resolve;
            _registered = true;
        }

        public static void Unregister()
        {
            if (!_registered) return;
            AppDomain.CurrentDomain.AssemblyResolve -= Resolve;
            _registered = false;
        }

        private static Assembly? Resolve(object sender, ResolveEventArgs args)
        {
            if (_folder == null) return null;
            var path = Path.Combine(_folder, new AssemblyName(args.Name).Name + ".dll");
            return File.Exists(path) ? Assembly.LoadFrom(path) : null;
        }
    }
}
