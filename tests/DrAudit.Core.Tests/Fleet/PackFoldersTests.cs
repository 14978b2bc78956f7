using DrAudit.Core.Fleet;
using DrAudit.Core.Tests.Packs;

namespace DrAudit.Core.Tests.Fleet
{
    public sealed class PackFoldersTests : IDisposable
    {
        private readonly TempFolder _client = new TempFolder();

        public void Dispose() => _client.Dispose();

        private void Pack(string name, bool withReadiness = true)
        {
            Directory.CreateDirectory(_client.Combine(name));
            if (withReadiness) File.WriteAllText(_client.Combine(name, "readiness.json"), "{}");
        }

        [Fact]
        public void The_previous_pack_is_the_newest_on_or_before_the_date_by_date_then_suffix()
        {
            Pack("2026-09-01");
            Pack("2026-10-01");
            Pack("2026-10-01.2");
            Pack("2026-10-01.10");
            Pack("2026-10-15", withReadiness: false);
            Pack("2026-12-01");
            Pack(".2026-10-20.tmp-1234abcd");
            Pack("notes");

            Assert.Equal(_client.Combine("2026-10-01.10"), PackFolders.Previous(_client.Path, "2026-11-01"));
            Assert.Equal(_client.Combine("2026-09-01"), PackFolders.Previous(_client.Path, "2026-09-30"));
            Assert.Null(PackFolders.Previous(_client.Path, "2026-08-31"));
            Assert.Null(PackFolders.Previous(_client.Combine("no-such-client"), "2026-11-01"));
        }

        /// <summary>A folder named with another script's digits (2026-11-01.٣, ٢٠٢٦-١١-٠١) or a suffix too large for a
        /// number is not a pack folder: listing the client's packs (fleet's previous pack, renewal, tab completion) skips it
        /// instead of failing with FormatException or OverflowException.</summary>
        [Fact]
        public void Folders_named_with_other_digits_or_a_huge_suffix_are_not_pack_folders()
        {
            Pack("2026-10-01");
            Pack("2026-10-01.\u0663");
            Pack("2026-10-01.\uFF13");
            Pack("\u0662\u0660\u0662\u0666-\u0661\u0660-\u0660\u0661");
            Pack("\uFF12\uFF10\uFF12\uFF16-10-01");
            Pack("2026-10-01.99999999999");

            Assert.Equal(new[] { _client.Combine("2026-10-01") }, PackFolders.Dated(_client.Path).Select(f => f.Path));
            Assert.Equal(_client.Combine("2026-10-01"), PackFolders.Previous(_client.Path, "2026-11-01"));
        }

        [Fact]
        public void Reserve_never_returns_an_existing_or_already_reserved_folder()
        {
            Pack("2026-11-01");
            File.WriteAllText(_client.Combine("2026-11-01.2"), "a file in the way");
            var reserved = new HashSet<string>(StringComparer.Ordinal);

            var first = PackFolders.Reserve(_client.Path, "2026-11-01", reserved);
            var second = PackFolders.Reserve(_client.Path, "2026-11-01", reserved);
            var otherDay = PackFolders.Reserve(_client.Path, "2026-11-02", reserved);

            Assert.Equal(_client.Combine("2026-11-01.3"), first);
            Assert.Equal(_client.Combine("2026-11-01.4"), second);
            Assert.Equal(_client.Combine("2026-11-02"), otherDay);
        }

        [Fact]
        public void The_date_is_the_audit_point_in_UTC()
        {
            Assert.Equal("2026-10-31", PackFolders.DateName(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.FromHours(10))));
        }
    }
}
