using System.Text;
using DrAudit.Core.Loading.Definition;

namespace DrAudit.Core.Tests.Loading.Definition
{
    /// <summary>A large definition loads completely (its speed is measured by bench/, not here).</summary>
    public class LargeDefinitionTests : IDisposable
    {
        private readonly DefinitionFolder _folder = new DefinitionFolder();

        public void Dispose() => _folder.Dispose();

        [Fact]
        public void Two_thousand_components_load_with_every_restore_order_warning()
        {
            var yaml = new StringBuilder("apiVersion: draudit/v1\nclient: { id: big, name: Big }\ncomponents:\n");
            const int count = 2000;
            for (int i = 0; i < count; i++)
            {
                yaml.Append("  - id: c").Append(i).Append("\n    name: Component ").Append(i).Append("\n    kind: server\n");
                if (i > 0) yaml.Append("    dependsOn: [c").Append(i - 1).Append("]\n");
                yaml.Append("    backup: { match: [ { source: inv, object: SRV").Append(i).Append(" } ] }\n");
            }
            yaml.Append("sources:\n  - { id: inv, type: inventory, path: inv.json }\nservices:\n");
            for (int s = 0; s < 20; s++)
            {
                var ids = Enumerable.Range(s * 100, 100).Select(i => "c" + i).ToList();
                yaml.Append("  - id: s").Append(s).Append("\n    name: Service ").Append(s).Append("\n    tier: standard\n")
                    .Append("    components: [").Append(string.Join(", ", ids)).Append("]\n")
                    .Append("    restoreOrder: [").Append(string.Join(", ", Enumerable.Reverse(ids))).Append("]\n");
            }
            var path = _folder.Write("big.yaml", yaml.ToString());
            var result = ClientDefinitionLoader.Read(path);
            Assert.False(result.HasErrors, string.Join(" | ", result.Problems.Take(3)));
            Assert.Equal(count, result.Definition!.Components.Count);
            // Each service's order is written backwards against the chain: 99 warnings per service.
            Assert.Equal(20 * 99, result.Problems.Count(p => p.Code == "RestoreOrder"));
        }
    }
}
