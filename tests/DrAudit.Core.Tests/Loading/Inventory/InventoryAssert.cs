using DrAudit.Core.Model.Inventory;
using InventoryModel = DrAudit.Core.Model.Inventory.Inventory;

namespace DrAudit.Core.Tests.Loading.Inventory
{
    /// <summary>Compares two inventories field by field, naming the first difference.</summary>
    public static class InventoryAssert
    {
        public static void Equal(InventoryModel expected, InventoryModel actual)
        {
            Assert.Equal(expected.ApiVersion, actual.ApiVersion);
            Assert.Equal(expected.Kind, actual.Kind);
            Assert.Equal(expected.Source, actual.Source);
            Assert.Equal(expected.System, actual.System);
            AssertTime(expected.CollectedAt, actual.CollectedAt, "collectedAt");
            Assert.Equal(expected.Repositories.Count, actual.Repositories.Count);
            Assert.Equal(expected.Jobs.Count, actual.Jobs.Count);
            Assert.Equal(expected.Runs.Count, actual.Runs.Count);
            Assert.Equal(expected.RestorePoints.Count, actual.RestorePoints.Count);
            for (var i = 0; i < expected.Repositories.Count; i++)
            {
                var e = expected.Repositories[i];
                var a = actual.Repositories[i];
                Assert.Equal((e.Id, e.Name, e.Location, e.Encrypted, e.Immutable, e.ImmutableDays, e.SharesProductionCredentials),
                    (a.Id, a.Name, a.Location, a.Encrypted, a.Immutable, a.ImmutableDays, a.SharesProductionCredentials));
            }
            for (var i = 0; i < expected.Jobs.Count; i++)
            {
                var e = expected.Jobs[i];
                var a = actual.Jobs[i];
                Assert.Equal((e.Id, e.Name, e.Kind, e.Enabled, e.Repository, e.Retention, e.ApplicationAware, e.Encrypted),
                    (a.Id, a.Name, a.Kind, a.Enabled, a.Repository, a.Retention, a.ApplicationAware, a.Encrypted));
                Assert.Equal(e.Objects, a.Objects);
            }
            for (var i = 0; i < expected.Runs.Count; i++)
            {
                var e = expected.Runs[i];
                var a = actual.Runs[i];
                Assert.Equal((e.Job, e.Result, e.Message), (a.Job, a.Result, a.Message));
                AssertTime(e.Start, a.Start, "run start");
                AssertTime(e.End, a.End, "run end");
            }
            for (var i = 0; i < expected.RestorePoints.Count; i++)
            {
                var e = expected.RestorePoints[i];
                var a = actual.RestorePoints[i];
                Assert.Equal((e.Object, e.Job, e.Repository, e.Consistency), (a.Object, a.Job, a.Repository, a.Consistency));
                AssertTime(e.Time, a.Time, "point time");
            }
            Assert.Equal(expected.BackupServer == null, actual.BackupServer == null);
            if (expected.BackupServer != null)
            {
                Assert.Equal(expected.BackupServer.Name, actual.BackupServer!.Name);
                var e = expected.BackupServer.ConfigBackup;
                var a = actual.BackupServer.ConfigBackup;
                Assert.Equal(e == null, a == null);
                if (e != null)
                {
                    Assert.Equal((e.Enabled, e.Encrypted, e.Repository), (a!.Enabled, a.Encrypted, a.Repository));
                    AssertTime(e.LastSuccess, a.LastSuccess, "configBackup lastSuccess");
                }
            }
            Assert.Equal(expected.Discovered == null, actual.Discovered == null);
            if (expected.Discovered != null)
                Assert.Equal(expected.Discovered.Select(w => (w.Object, w.Kind, w.Platform)), actual.Discovered!.Select(w => (w.Object, w.Kind, w.Platform)));
        }

        /// <summary>Same instant and same offset (DateTimeOffset equality alone ignores the offset).</summary>
        public static void AssertTime(DateTimeOffset? expected, DateTimeOffset? actual, string what)
        {
            Assert.True(expected.HasValue == actual.HasValue, what + ": one is missing");
            if (!expected.HasValue) return;
            Assert.Equal(expected.Value.UtcTicks, actual!.Value.UtcTicks);
            Assert.Equal(expected.Value.Offset, actual.Value.Offset);
        }
    }
}
