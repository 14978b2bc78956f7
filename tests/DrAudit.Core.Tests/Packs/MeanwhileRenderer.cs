using DrAudit.Core.Model.Result;
using DrAudit.Core.Packs;

namespace DrAudit.Core.Tests.Packs
{
    /// <summary>Renders readiness.json, and while it does, lets something else happen on the disk (another run, a
    /// person saving files): what a long render of a large client gives time for.</summary>
    public sealed class MeanwhileRenderer : IPackRenderer
    {
        private readonly Action _meanwhile;

        public MeanwhileRenderer(Action meanwhile) => _meanwhile = meanwhile;

        public PackFormat Format => PackFormat.Json;

        public IReadOnlyList<string> Render(ReadinessResult result, string directory)
        {
            _meanwhile();
            return new JsonPackRenderer().Render(result, directory);
        }
    }
}
