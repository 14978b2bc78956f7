using System.Management.Automation;

namespace DrAudit.Module.Tests.Support;

/// <summary>How a script stopped with Ctrl+C (<see cref="ModuleSession.RunAndStop"/>) ended.</summary>
public sealed record StoppedRun(PSInvocationState State, bool Completed, IReadOnlyList<ErrorRecord> Errors);
