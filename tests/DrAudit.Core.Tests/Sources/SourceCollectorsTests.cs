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

        [Fact]
        public void VeeamTypeLoadsItsCollectorByName()
        {
            Assert.DoesNotContain(SourceCollectors.Default, c => c.Type == "veeam");

            Assert.IsType<DrAudit.Collectors.Veeam.VeeamCollector>(SourceCollectors.For("veeam"));
            Assert.IsType<DrAudit.Collectors.Veeam.VeeamCollector>(SourceCollectors.For("Veeam"));
        }

        [Fact]
        public void VendorCollectorsAreFoundByNameAndServeTheirType()
        {
            foreach (var type in new[] { "veeam", "m365" })
            {
                var entry = SourceCollectors.ByName.Single(e => e.Key == type);
                var collector = SourceCollectors.For(entry.Key);
                Assert.IsNotType<UnavailableSourceCollector>(collector);
                Assert.Equal(entry.Key, collector.Type, ignoreCase: true);
                Assert.Equal(entry.Value, collector.GetType().FullName + ", " + collector.GetType().Assembly.GetName().Name);
                Assert.DoesNotContain(typeof(SourceCollectors).Assembly.GetReferencedAssemblies(), a => entry.Value.EndsWith(", " + a.Name, StringComparison.Ordinal));
            }
        }

        [Fact]
        public void M365TypeLoadsItsCollectorByNameOnlyWhenAsked()
        {
            Assert.DoesNotContain(SourceCollectors.Default, c => c.Type == "m365");

            var collector = SourceCollectors.For("m365");

            Assert.Equal("m365", collector.Type);
            Assert.Equal("DrAudit.Collectors.M365.M365SourceCollector", collector.GetType().FullName);
        }

        [Fact]
        public void Vb365TypeLoadsItsCollectorByNameFromItsOwnAssembly()
        {
            Assert.DoesNotContain(SourceCollectors.Default, c => c.Type == "vb365");
            Assert.Equal("DrAudit.Collectors.Vb365.Vb365SourceCollector, DrAudit.Collectors.Vb365", SourceCollectors.ByName["vb365"]);

            var collector = SourceCollectors.For("VB365");

            Assert.Equal("vb365", collector.Type);
            Assert.Equal("DrAudit.Collectors.Vb365.Vb365SourceCollector", collector.GetType().FullName);
            Assert.Same(collector, SourceCollectors.For("vb365"));
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
