using System;
using System.Management.Automation;
using DrAudit.Core.Sources;

namespace DrAudit.PowerShell.Commands
{
    /// <summary>Checks -RequestTimeout or -SourceDeadline against the bounds of <see cref="SourceTimeouts"/> (docs/limits.md).</summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class ValidateTimeLimitAttribute : ValidateArgumentsAttribute
    {
        public ValidateTimeLimitAttribute(bool deadline)
        {
            Deadline = deadline;
        }

        /// <summary>True for a source deadline, false for a request timeout.</summary>
        public bool Deadline { get; }

        protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
        {
            var value = arguments is PSObject wrapped ? wrapped.BaseObject : arguments;
            if (!(value is TimeSpan limit)) return;
            var problem = Deadline ? SourceTimeouts.DeadlineProblem(limit) : SourceTimeouts.RequestTimeoutProblem(limit);
            if (problem != null) throw new ValidationMetadataException(limit + ": " + problem + ".");
        }
    }
}
