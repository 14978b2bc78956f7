using DrAudit.Core.Hosting;
using DrAudit.Core.Model;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Sources;

namespace DrAudit.Core.Tests.Sources
{
    public class SourceCollectorsTests
    {
        private static readonly CollectionContext Context =
            new CollectionContext(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), Duration.FromDays(30), SilentAuditHost.Instance);

        [Fact]
        public void InventoryTypeGetsTheInventoryCollector()
        {
            Assert.IsType<InventorySourceCollector>(SourceCollectors.For("inventory"));
            Assert.IsType<InventorySourceCollector>(SourceCollectors.For("Inventory"));
            Assert.Contains(SourceCollectors.Default, c => c is InventorySourceCollector);
        }

        [Theory]
        [InlineData("veeam")]
        [InlineData("m365")]
        public void UnavailableTypesFailTheSourceSayingWhatToDoInstead(string type)
        {
            var source = new SourceDefinition { Id = "live", Type = type, Url = "https://vbr.example:9419" };

            var collector = SourceCollectors.For(type);
            var data = collector.Collect(source, Context, CancellationToken.None);

            Assert.Equal(type, collector.Type);
            Assert.Equal(SourceState.Failed, data.State);
            Assert.Null(data.Inventory);
            Assert.Contains("The " + type + " collector is not available in this version of DrAudit", data.Error);
            Assert.Contains("type: inventory", data.Error);
        }

        [Fact]
        public void UnknownTypeFailsTheSourceInsteadOfThrowing()
        {
            var data = SourceCollectors.For("tape-robot").Collect(new SourceDefinition { Id = "t", Type = "tape-robot" }, Context, CancellationToken.None);

            Assert.Equal(SourceState.Failed, data.State);
            Assert.Contains("'tape-robot'", data.Error);
        }
    }
}
