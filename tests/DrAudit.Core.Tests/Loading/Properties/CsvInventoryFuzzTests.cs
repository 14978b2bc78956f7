using System.Globalization;
using System.Text;
using DrAudit.Core.Loading;
using DrAudit.Core.Loading.Inventory;
using DrAudit.Core.Tests.Loading.Inventory;
using InventoryModel = DrAudit.Core.Model.Inventory.Inventory;

namespace DrAudit.Core.Tests.Loading.Properties
{
    /// <summary>
    /// A seeded fuzz of the CSV folder reader (<see cref="InventoryCsvFolderReader"/>, <see cref="CsvRecordReader"/>)
    /// against the documented CSV format: a generated inventory written in any layout the format treats alike
    /// (<see cref="CsvInventoryLayout"/>) reads back as exactly that inventory, the one the JSON reader gives for
    /// it; and the same folders with their bytes mutated (quotes, commas, line breaks, cells, header columns, cuts,
    /// bytes that are not UTF-8) read or are refused with problems located in the file that has them, never with
    /// another exception. Deterministic: fixed seeds; DRAUDIT_FUZZ_CASES and DRAUDIT_FUZZ_SEED as in
    /// <see cref="FastInventoryReaderFuzzTests"/>.
    /// </summary>
    public class CsvInventoryFuzzTests : IDisposable
    {
        private const int DefaultCases = 150;

        private readonly string _folder = InventoryTestFiles.NewFolder();

        public void Dispose() => Directory.Delete(_folder, true);

        private static int Cases => Math.Max(DefaultCases, int.TryParse(Environment.GetEnvironmentVariable("DRAUDIT_FUZZ_CASES"), out var n) ? n / 4 : 0);

        private static int FirstSeed => int.TryParse(Environment.GetEnvironmentVariable("DRAUDIT_FUZZ_SEED"), out var n) ? n : 20261205;

        /// <summary>A generated inventory a CSV folder can hold: a job's objects are separated by ';', so no name has one.</summary>
        private static InventoryModel Generated(int seed)
        {
            var inventory = FsCheck.Fluent.Gen.Sample(InventoryGenerators.Inventories(), 12, new FsCheck.Rnd((ulong)seed), 1)[0];
            foreach (var job in inventory.Jobs) job.Objects = job.Objects.Select(o => o.Replace(';', ':')).ToList();
            return inventory;
        }

        private string NewCase(int n)
        {
            var folder = Path.Combine(_folder, n.ToString(CultureInfo.InvariantCulture));
            Directory.CreateDirectory(folder);
            return folder;
        }

        [Fact]
        public void A_generated_inventory_in_any_csv_layout_reads_back_as_the_json_reader_reads_it()
        {
            var failures = new List<string>();
            for (var n = 0; n < Cases; n++)
            {
                var seed = FirstSeed + n;
                var inventory = Generated(seed);
                var folder = NewCase(n);
                var layout = new CsvInventoryLayout(new Random(seed));
                layout.Write(inventory, folder);
                try
                {
                    var read = InventoryReader.Read(folder);
                    var json = InventoryTestFiles.ReadJsonText(InventoryJsonWriter.ToJson(inventory));
                    InventoryAssert.Equal(inventory, read);
                    Assert.Equal(InventoryJsonWriter.ToJson(json), InventoryJsonWriter.ToJson(read));
                }
                catch (Exception e)
                {
                    failures.Add("seed " + seed + " (" + layout.Choices + "): " + e.GetType().Name + ": " + e.Message);
                }
                Directory.Delete(folder, true);
            }
            Assert.True(failures.Count == 0, failures.Count + " layout(s) read differently:\n" + string.Join("\n", failures.Take(10)));
        }

        private static readonly string[] Pieces =
        {
            "\"", "\"\"", ",", ",,", "\n", "\r", "\r\n", "\t", " ", "\u0000", "é", "\uFEFF", ";", " ; ", "null", "-1", "+5", "-0",
            "99999999999999999999", "2147483648", "TRUE", "yes", "2026-02-30T00:00:00Z", "2026-10-31T22:00:00.123456789Z", "30d", "P30D",
            "x\"y", "\"a\"b", "id", "kind", "objects", "job", "start", "result", "object", "time", "unknown", "\ud83d\ude00", "\\", "'",
            "\"a,\nb\"", "# comment", "---\n", ": ", "- ", "{", "[", "&a", "*a",
        };

        private static readonly HashSet<string> WholeFileCodes = new(StringComparer.Ordinal)
        {
            "MissingFile", "TooManyProblems", "FileNotFound", "FileUnreadable", "NotAFile", "TooLarge",
        };

        [Fact]
        public void A_mutated_csv_folder_reads_or_is_refused_with_problems_located_in_its_files()
        {
            var failures = new List<string>();
            var refused = 0;
            for (var n = 0; n < Cases; n++)
            {
                var seed = FirstSeed + 500_000 + n;
                var random = new Random(seed);
                var folder = NewCase(n);
                new CsvInventoryLayout(random).Write(Generated(seed), folder);
                var what = new List<string>();
                var mutations = 1 + random.Next(3);
                for (var m = 0; m < mutations; m++) Mutate(folder, random, what);
                try
                {
                    InventoryReader.Read(folder);
                }
                catch (DefinitionException e)
                {
                    refused++;
                    foreach (var p in e.Problems)
                    {
                        var inFolder = p.File.StartsWith(folder, StringComparison.Ordinal);
                        var located = p.Line >= 1 && p.Column >= 1 || WholeFileCodes.Contains(p.Code);
                        if (inFolder && located && !string.IsNullOrEmpty(p.Message)) continue;
                        failures.Add("seed " + seed + " (" + string.Join("; ", what) + "): not located: " + p);
                        Keep(folder, seed);
                    }
                }
                catch (Exception e)
                {
                    failures.Add("seed " + seed + " (" + string.Join("; ", what) + "): " + e.GetType().Name + ": " + e.Message);
                    Keep(folder, seed);
                }
                Directory.Delete(folder, true);
            }
            Assert.True(failures.Count == 0, failures.Count + " failure(s):\n" + string.Join("\n", failures.Take(10)));
            // The mutations must mostly break the folder, or this proves nothing about how problems are reported.
            Assert.True(refused >= Cases / 3, "only " + refused + " of " + Cases + " mutated folders were refused");
        }

        /// <summary>Copies a failing case's folder under DRAUDIT_FUZZ_DUMP, when set.</summary>
        private static void Keep(string folder, int seed)
        {
            var dump = Environment.GetEnvironmentVariable("DRAUDIT_FUZZ_DUMP");
            if (string.IsNullOrEmpty(dump)) return;
            var to = Path.Combine(dump, "csv-" + seed.ToString(CultureInfo.InvariantCulture));
            Directory.CreateDirectory(to);
            foreach (var file in Directory.GetFiles(folder)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)), true);
        }

        private static void Mutate(string folder, Random random, List<string> what)
        {
            var files = Directory.GetFiles(folder).OrderBy(f => f, StringComparer.Ordinal).ToArray();
            var file = files[random.Next(files.Length)];
            var name = Path.GetFileName(file);
            var bytes = File.ReadAllBytes(file).ToList();
            var at = random.Next(bytes.Count + 1);
            switch (random.Next(6))
            {
                case 0:
                case 1:
                    var piece = Pieces[random.Next(Pieces.Length)];
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(piece));
                    what.Add(name + ": insert " + Printable(piece) + " at " + at);
                    break;
                case 2:
                    var length = Math.Min(random.Next(1, 12), bytes.Count - Math.Min(at, bytes.Count));
                    bytes.RemoveRange(Math.Min(at, bytes.Count), length);
                    what.Add(name + ": delete " + length + " bytes at " + at);
                    break;
                case 3:
                    bytes.RemoveRange(at, bytes.Count - at);
                    what.Add(name + ": cut at " + at);
                    break;
                case 4:
                    var bad = new[] { new byte[] { 0xFF }, new byte[] { 0xC0, 0xAF }, new byte[] { 0xED, 0xA0, 0x80 }, new byte[] { 0xE2, 0x82 }, new byte[] { 0xFE, 0xFF } };
                    var b = bad[random.Next(bad.Length)];
                    bytes.InsertRange(at, b);
                    what.Add(name + ": insert bytes " + BitConverter.ToString(b) + " at " + at);
                    break;
                default:
                    if (random.Next(3) == 0)
                    {
                        File.Delete(file);
                        what.Add("delete " + name);
                        return;
                    }
                    // Repeat a line (a header row twice, a record twice: a repeated id).
                    var text = Encoding.UTF8.GetString(bytes.ToArray());
                    var lines = text.Split('\n');
                    var line = lines[random.Next(lines.Length)];
                    text = text.Insert(random.Next(2) == 0 ? 0 : text.Length, line + "\n");
                    bytes = Encoding.UTF8.GetBytes(text).ToList();
                    what.Add(name + ": repeat line " + Printable(line));
                    break;
            }
            File.WriteAllBytes(file, bytes.ToArray());
        }

        private static string Printable(string text) =>
            string.Concat(text.Select(c => c < 0x20 || c >= 0x7f ? "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString()));
    }
}
