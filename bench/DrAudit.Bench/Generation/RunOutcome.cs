using DrAudit.Core.Model.Inventory;

namespace DrAudit.Bench.Generation
{
    /// <summary>How one planned run ends, when it is not a plain success.</summary>
    public sealed class RunOutcome
    {
        public RunOutcome(RunResult result, string message)
        {
            Result = result;
            Message = message;
        }

        public RunResult Result { get; }
        public string Message { get; }
    }
}
