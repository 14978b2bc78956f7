using System.IO;
using System.Management.Automation;
using System.Runtime.CompilerServices;

namespace DrAudit.PowerShell.Dependencies
{
    /// <summary>
    /// The module's entry point. Before any cmdlet runs, makes the assemblies in <c>dependencies/</c> loadable
    /// without meeting other modules' copies: on PowerShell 7 (.NET) through an isolated AssemblyLoadContext,
    /// on Windows PowerShell 5.1 (.NET Framework) through an AssemblyResolve handler. Registration is counted,
    /// so importing into many runspaces of one process registers once and removal from one leaves the others working.
    /// </summary>
    public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
    {
        private static readonly object Gate = new object();
        private static int _imports;

        /// <summary>The folder holding DrAudit.Core and the third-party assemblies it uses.</summary>
        internal static string DependencyFolder { get; } =
            Path.Combine(Path.GetDirectoryName(typeof(ModuleInitializer).Assembly.Location) ?? ".", "dependencies");

        /// <summary>True on .NET (PowerShell 7); false on .NET Framework (Windows PowerShell 5.1).</summary>
        internal static bool IsDotNetCore { get; } = typeof(object).Assembly.GetName().Name == "System.Private.CoreLib";

        public void OnImport()
        {
            lock (Gate)
            {
                if (_imports++ > 0) return;
                if (IsDotNetCore) RegisterOnDotNet();
                else FrameworkDependencyResolver.Register(DependencyFolder);
            }
        }

        public void OnRemove(PSModuleInfo psModuleInfo)
        {
            lock (Gate)
            {
                if (_imports == 0 || --_imports > 0) return;
                if (IsDotNetCore) UnregisterOnDotNet();
                else FrameworkDependencyResolver.Unregister();
            }
        }

        // Separate, never-inlined methods: the .NET Framework JIT must never compile a method that names
        // AssemblyLoadContext, which does not exist there.
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static void RegisterOnDotNet() => IsolatedDependencyResolver.Register(DependencyFolder);

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static void UnregisterOnDotNet() => IsolatedDependencyResolver.Unregister();
    }
}
