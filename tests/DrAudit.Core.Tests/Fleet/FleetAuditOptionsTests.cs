using DrAudit.Core.Fleet;

namespace DrAudit.Core.Tests.Fleet
{
    public sealed class FleetAuditOptionsTests
    {
        [Fact]
        public void By_default_no_more_clients_are_audited_at_once_than_there_are_processors_and_never_more_than_four()
        {
            Assert.Equal(Math.Min(4, Environment.ProcessorCount), FleetAuditOptions.DefaultThrottleLimit);
            Assert.InRange(FleetAuditOptions.DefaultThrottleLimit, 1, Environment.ProcessorCount);
            Assert.Equal(FleetAuditOptions.DefaultThrottleLimit, new FleetAuditOptions().ThrottleLimit);
        }
    }
}
