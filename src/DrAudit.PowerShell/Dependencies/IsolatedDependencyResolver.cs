using System;
using System.Reflection;
using System.Runtime.Loader;

namespace DrAudit.PowerShell.Dependencies
{
    /// <summary>
    /// .NET only (touched only when <see cref="ModuleInitializer.IsDotNetCore"/>). When the default context cannot
    /// find DrAudit.Core (it is not beside the cmdlet assembly), loads it into the one
    /// <see cref="DependencyLoadContext"/> of this process; everything DrAudit.Core references then resolves there.
    /// </summary>
    internal static class IsolatedDependencyResolver
    {
        private const string CoreAssemblyName = "DrAudit.Core";
        private static DependencyLoadContext? _context;
        private static bool _registered;

        public static void Register(string folder)
        {
            if (_registered) return;
            _context ??= new DependencyLoadContext(folder);
            AssemblyLoadContext.Default.Resolving += ResolveCore;
            _registered = true;
        }

        public static void Unregister()
        {
            if (!_registered) return;
            AssemblyLoadContext.Default.Resolving -= ResolveCore;
            _registered = false;
        }

        private static Assembly? ResolveCore(AssemblyLoadContext defaultContext, AssemblyName name)
        {
            if (_context == null || !string.Equals(name.Name, CoreAssemblyName, StringComparison.Ordinal)) return null;
            return _context.LoadFromAssemblyName(name);
        }
    }
}
