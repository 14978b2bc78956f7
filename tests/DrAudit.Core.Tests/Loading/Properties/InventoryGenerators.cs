using DrAudit.Core.Model;
using DrAudit.Core.Model.Inventory;
using FsCheck;
using FsCheck.Fluent;
using InventoryModel = DrAudit.Core.Model.Inventory.Inventory;

namespace DrAudit.Core.Tests.Loading.Properties
{
    /// <summary>Generated neutral inventories (v1.1 backupServer and discovered included): every field given or not, text with quotes, escapes and non-ASCII, times
    /// with offsets across the accepted range, durations to the minute, ids unique where the format needs it.</summary>
    internal static class InventoryGenerators
    {
        private static readonly string[] Words = { "SQL01", "a", "Ünïcødé", "quote\"d", "back\\slash", "semi;colon", "new\nline", "tab\there", "€", "*" };

        private static Gen<string> Text => Gen.OneOf(Gen.Elements(Words), Gen.Choose(0, 9999).Select(n => "obj-" + n));

        private static Gen<string?> Optional(Gen<string> gen) => Gen.OneOf(gen.Select(s => (string?)s), Gen.Constant((string?)null));

        private static Gen<T?> OptionalValue<T>(Gen<T> gen) where T : struct => Gen.OneOf(gen.Select(v => (T?)v), Gen.Constant((T?)null));

        private static Gen<T> Enum<T>() where T : struct, System.Enum => Gen.Elements(System.Enum.GetValues(typeof(T)).Cast<T>().ToArray());

        /// <summary>A time between 1900 and 2199 with a whole-minute offset up to ±14 h, to the tick.</summary>
        private static Gen<DateTimeOffset> Time =>
            from day in Gen.Choose(0, 300 * 365 - 2)
            from second in Gen.Choose(0, 86399)
            from ticks in Gen.Choose(0, 9_999_999)
            from offsetMinutes in Gen.Choose(-14 * 4, 14 * 4).Select(q => q * 15)
            let utc = new DateTime(1900, 1, 2, 0, 0, 0, DateTimeKind.Utc).AddDays(day).AddSeconds(second).AddTicks(ticks)
            let offset = TimeSpan.FromMinutes(offsetMinutes)
            select new DateTimeOffset(DateTime.SpecifyKind(utc + offset, DateTimeKind.Unspecified), offset);

        private static Gen<Duration> Retention => Gen.Choose(0, 36500 * 24).Select(h => new Duration(TimeSpan.FromHours(h)))
            .Zip(Gen.Choose(0, 59), (d, m) => new Duration(d.Value + TimeSpan.FromMinutes(m) > TimeBounds.LongestDuration ? d.Value : d.Value + TimeSpan.FromMinutes(m)));

        private static Gen<Repository> Repository(int index) =>
            from name in Optional(Text)
            from location in OptionalValue(Enum<RepositoryLocation>())
            from encrypted in OptionalValue(Gen.Elements(true, false))
            from immutable in OptionalValue(Gen.Elements(true, false))
            from days in OptionalValue(Gen.Choose(0, 3650))
            from shares in OptionalValue(Gen.Elements(true, false))
            select new Repository { Id = "repo-" + index, Name = name, Location = location, Encrypted = encrypted, Immutable = immutable, ImmutableDays = days, SharesProductionCredentials = shares };

        private static Gen<Job> Job(int index) =>
            from name in Optional(Text)
            from kind in Enum<JobKind>()
            from enabled in Gen.Elements(true, false)
            from objects in Gen.NonEmptyListOf(Text)
            from repository in Optional(Gen.Choose(0, 4).Select(n => "repo-" + n))
            from retention in OptionalValue(Retention)
            from aware in OptionalValue(Gen.Elements(true, false))
            from encrypted in OptionalValue(Gen.Elements(true, false))
            select new Job { Id = "job-" + index, Name = name, Kind = kind, Enabled = enabled, Objects = objects.Take(4).ToList(), Repository = repository, Retention = retention, ApplicationAware = aware, Encrypted = encrypted };

        private static Gen<JobRun> Run =>
            from job in Gen.Choose(0, 5).Select(n => "job-" + n)
            from start in Time
            from length in OptionalValue(Gen.Choose(0, 86400 * 3))
            from result in Enum<RunResult>()
            from message in Optional(Text)
            select new JobRun { Job = job, Start = start, End = length == null ? null : start.AddSeconds(length.Value), Result = result, Message = message };

        private static Gen<RestorePoint> Point =>
            from obj in Text
            from job in Optional(Gen.Choose(0, 5).Select(n => "job-" + n))
            from time in Time
            from repository in Optional(Gen.Choose(0, 4).Select(n => "repo-" + n))
            from consistency in OptionalValue(Enum<PointConsistency>())
            select new RestorePoint { Object = obj, Job = job, Time = time, Repository = repository, Consistency = consistency };

        /// <summary>v1.1: a backup server whose facts are each given or not, its configBackup too.</summary>
        private static Gen<BackupServer?> Server =>
            from given in Gen.Elements(true, false)
            from name in Optional(Text)
            from hasConfig in Gen.Elements(true, false)
            from enabled in OptionalValue(Gen.Elements(true, false))
            from encrypted in OptionalValue(Gen.Elements(true, false))
            from repository in Optional(Gen.Choose(0, 4).Select(n => "repo-" + n))
            from lastSuccess in OptionalValue(Time)
            select given
                ? new BackupServer
                {
                    Name = name,
                    ConfigBackup = hasConfig ? new ConfigurationBackup { Enabled = enabled, Encrypted = encrypted, Repository = repository, LastSuccess = lastSuccess } : null,
                }
                : null;

        private static Gen<DiscoveredWorkload> Workload =>
            from obj in Text
            from kind in Enum<WorkloadKind>()
            from platform in Optional(Text)
            select new DiscoveredWorkload { Object = obj, Kind = kind, Platform = platform };

        /// <summary>v1.1: no discovered list (the source could not enumerate), an empty one, or a few workloads.</summary>
        private static Gen<List<DiscoveredWorkload>?> DiscoveredList =>
            Gen.OneOf(Gen.Constant((List<DiscoveredWorkload>?)null), Gen.ListOf(Workload).Select(w => (List<DiscoveredWorkload>?)w.Take(5).ToList()));

        private static Gen<List<T>> Indexed<T>(int most, Func<int, Gen<T>> one) =>
            Gen.Choose(0, most).SelectMany(count => Gen.CollectToList(Enumerable.Range(0, count).Select(one))).Select(items => items.ToList());

        public static Gen<InventoryModel> Inventories() =>
            from source in Gen.Elements("offsite", "veeam-main", "m365")
            from system in Optional(Text)
            from collectedAt in OptionalValue(Time)
            from repositories in Indexed(4, Repository)
            from jobs in Indexed(5, Job)
            from runs in Gen.ListOf(Run)
            from points in Gen.ListOf(Point)
            from server in Server
            from discovered in DiscoveredList
            select new InventoryModel
            {
                Source = source, System = system, CollectedAt = collectedAt, Repositories = repositories, Jobs = jobs,
                Runs = new RecordList<JobRun>(runs.Take(8)), RestorePoints = new RecordList<RestorePoint>(points.Take(8)), BackupServer = server, Discovered = discovered,
            };
    }
}
