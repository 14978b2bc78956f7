using System.Globalization;
using System.Text;
using DrAudit.Core.Loading;
using DrAudit.Core.Loading.Inventory;
using DrAudit.Core.Tests.Loading.Inventory;
using InventoryModel = DrAudit.Core.Model.Inventory.Inventory;

namespace DrAudit.Core.Tests.Loading.Properties
{
    /// <summary>
    /// A seeded differential fuzz of the fast inventory reader (<see cref="Utf8InventoryJsonReader"/>) against the
    /// located one (<see cref="InventoryJsonReader"/>): generated valid inventories (<see cref="InventoryGenerators"/>),
    /// mutated by <see cref="InventoryJsonMutator"/> in their text and bytes, cut at every byte, and made large
    /// enough that what is mutated sits across the fast reader's buffer refill. For every input the fast reader
    /// either gives up or gives exactly the inventory the located reader gives (so never accepts what that reader
    /// refuses), and neither throws anything but the documented <see cref="DefinitionException"/>.
    /// Deterministic: fixed seeds. DRAUDIT_FUZZ_CASES raises the number of cases (DRAUDIT_FUZZ_SEED moves the
    /// seeds; DRAUDIT_FUZZ_DUMP names a folder that receives each disagreeing input) for a long local run.
    /// </summary>
    public class FastInventoryReaderFuzzTests : IDisposable
    {
        private const int DefaultCases = 300;
        private const int DefaultLargeCases = 12;
        private const int BufferBytes = 1 << 20;

        private readonly string _folder = InventoryTestFiles.NewFolder();

        /// <summary>Problems about the whole file, which have no line: every other problem has a line and column.</summary>
        private static readonly HashSet<string> WholeFileCodes = new(StringComparer.Ordinal) { "TooManyProblems" };

        /// <summary>Inputs the fast reader read (not left to the located reader).</summary>
        private int _fastRead;

        public void Dispose() => Directory.Delete(_folder, true);

        private static int Setting(string name, int fallback) =>
            int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : fallback;

        private static int Cases(int fallback) => Math.Max(fallback, Setting("DRAUDIT_FUZZ_CASES", 0));

        private static int FirstSeed => Setting("DRAUDIT_FUZZ_SEED", 20261205);

        private static InventoryModel Generated(int seed) =>
            FsCheck.Fluent.Gen.Sample(InventoryGenerators.Inventories(), 12, new FsCheck.Rnd((ulong)seed), 1)[0];

        [Fact]
        public void Mutated_inventories_are_read_by_the_fast_reader_as_the_located_reader_reads_them_or_left_to_it()
        {
            var disagreements = new List<string>();
            var cases = Cases(DefaultCases);
            for (var n = 0; n < cases; n++)
            {
                var seed = FirstSeed + n;
                var random = new Random(seed);
                var mutator = new InventoryJsonMutator(random);
                var applied = new List<string>();
                var text = mutator.Mutate(InventoryJsonWriter.ToJson(Generated(seed)), applied);
                var bytes = Encoding.UTF8.GetBytes(text);
                if (random.Next(6) == 0) bytes = mutator.MutateBytes(bytes, applied);
                Check(bytes, "seed " + seed + ": " + string.Join("; ", applied), disagreements);
            }
            AssertNone(disagreements);
            // Most mutations break the file; enough must keep it valid that the fast reader's setting of values is reached.
            Assert.True(_fastRead >= cases / 10, "only " + _fastRead + " of " + cases + " mutated files were read on the fast path");
        }

        /// <summary>A small inventory of every kind of record, with a multi-byte character and an escape, cut after
        /// every byte (with and without a byte-order mark): every cut is refused by both readers alike.</summary>
        [Fact]
        public void Every_cut_of_a_small_inventory_is_refused_by_both_readers_alike()
        {
            var whole = Encoding.UTF8.GetBytes(SmallInventory);
            var disagreements = new List<string>();
            foreach (var bom in new[] { Array.Empty<byte>(), new byte[] { 0xEF, 0xBB, 0xBF } })
            {
                var file = bom.Concat(whole).ToArray();
                Assert.Null(Check(file, "the whole small inventory", disagreements));
                for (var cut = 0; cut < file.Length; cut++)
                {
                    var what = "cut after " + cut + " bytes (BOM " + bom.Length + ")";
                    if (Check(file.Take(cut).ToArray(), what, disagreements) == null) disagreements.Add(what + ": read as an inventory");
                }
            }
            AssertNone(disagreements);
        }

        private const string SmallInventory =
            "{\"apiVersion\":\"draudit\\/v1\",\"kind\":\"Inventory\",\"source\":\"s\u00e9\",\"collectedAt\":\"2026-10-31T22:00:00.5+10:00\"," +
            "\"repositories\":[{\"id\":\"r\",\"location\":\"cloud\",\"immutable\":true,\"immutableDays\":30}]," +
            "\"jobs\":[{\"id\":\"j\",\"kind\":\"backup\",\"objects\":[\"SQL01\",\"\\u00e9\"],\"retention\":\"7d\"}]," +
            "\"runs\":[{\"job\":\"j\",\"start\":\"2026-10-31T22:00:00Z\",\"end\":\"2026-10-31T23:00:00Z\",\"result\":\"success\",\"message\":\"\ud83d\ude00\"}]," +
            "\"restorePoints\":[{\"object\":\"SQL01\",\"time\":\"2026-10-31T22:30:00Z\",\"consistency\":\"application\"}]," +
            "\"backupServer\":{\"name\":\"vbr\",\"configBackup\":{\"enabled\":true,\"lastSuccess\":\"2026-10-30T01:00:00Z\"}}," +
            "\"discovered\":[{\"object\":\"SQL01\",\"kind\":\"vm\"}]}";

        /// <summary>Generated inventories grown past the fast reader's buffer by plain runs written first, so that the
        /// rest of the file (mutated, or after a string longer than the buffer) sits across the refill at a different
        /// offset each time; some grown by runs of distinct names well past the buffer, so the name tables give up
        /// remembering and the rest is read after a second refill.</summary>
        [Fact]
        public void Mutations_across_the_fast_readers_buffer_refill_are_read_as_the_located_reader_reads_them()
        {
            var disagreements = new List<string>();
            var cases = Math.Max(DefaultLargeCases, Cases(0) / 25);
            for (var n = 0; n < cases; n++)
            {
                var seed = FirstSeed + 1_000_000 + n;
                var random = new Random(seed);
                var applied = new List<string>();
                var tail = RunsFirst(InventoryJsonWriter.ToJson(Generated(seed)), out var runsEmpty);
                if (random.Next(4) == 0)
                {
                    var length = BufferBytes + random.Next(-50, BufferBytes);
                    tail = "{ \"job\": \"long\", \"start\": \"2026-10-31T22:00:00Z\", \"result\": \"success\", \"message\": \"" + new string('m', length) + "\" }"
                           + (runsEmpty ? "" : ",") + tail;
                    runsEmpty = false;
                    applied.Add("a message of " + length + " characters");
                }
                if (random.Next(5) != 0) tail = new InventoryJsonMutator(random).Mutate(tail, applied);
                var bom = random.Next(4) == 0;
                const string Head = "{\"runs\": [";
                // The tail starts this many bytes before the end of the buffer's first fill (after or across it when negative).
                var before = random.Next(-20, 400);
                var distinct = random.Next(4) == 0;
                var filler = distinct ? 5 * BufferBytes / 2 : BufferBytes - before - Head.Length - (bom ? 3 : 0);
                var file = new StringBuilder(Head);
                AppendPlainRuns(file, filler, distinct, runsEmpty);
                file.Append(tail);
                var bytes = Encoding.UTF8.GetBytes(file.ToString());
                if (bom) bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(bytes).ToArray();
                var where = distinct ? "after runs of distinct names" : "tail " + before + " bytes before the refill";
                Check(bytes, "seed " + seed + ": " + where + (bom ? " after a BOM" : "") + ": " + string.Join("; ", applied), disagreements);
            }
            AssertNone(disagreements);
            Assert.True(_fastRead >= cases / 5, "only " + _fastRead + " of " + cases + " large files were read on the fast path");
        }

        /// <summary>The written inventory with its runs moved to the front: what follows <c>{"runs": [</c> (the runs,
        /// then every other field, lists with numbers, booleans and nested objects included).</summary>
        private static string RunsFirst(string json, out bool runsEmpty)
        {
            var tokens = JsonTextToken.Scan(json);
            var key = tokens.FindIndex(t => t.Kind == JsonTextTokenKind.Key && json.Substring(t.Start, t.End - t.Start) == "\"runs\"");
            var open = tokens[key + 2];
            var end = JsonTextToken.ValueEnd(json, tokens, key + 2);
            var runs = json.Substring(open.End, end - 1 - open.End);
            runsEmpty = runs.Trim().Length == 0;
            // The writer puts restorePoints right after runs: the comma after the list goes with it.
            return runs + "]," + json.Substring(1, tokens[key].Start - 1) + json.Substring(end + 1);
        }

        /// <summary>Appends valid runs and spaces of exactly <paramref name="bytes"/> ASCII bytes (when that many are
        /// asked), ending with a comma unless the list ends right after them.</summary>
        private static void AppendPlainRuns(StringBuilder file, int bytes, bool distinct, bool listEnds)
        {
            var used = 0;
            var count = 0;
            while (true)
            {
                var run = "{\"job\":\"" + (distinct ? "p-" + count.ToString("D6", CultureInfo.InvariantCulture) : "plain-job")
                          + "\",\"start\":\"2026-10-31T22:00:00Z\",\"result\":\"success\"}";
                if (used + run.Length + 2 > bytes) break;
                if (count > 0)
                {
                    file.Append(',');
                    used++;
                }
                file.Append(run);
                used += run.Length;
                count++;
            }
            if (count > 0 && !listEnds)
            {
                file.Append(',');
                used++;
            }
            file.Append(' ', Math.Max(0, bytes - used));
        }

        /// <summary>Writes the bytes, reads them with both readers and records any way they break the contract; returns
        /// the located reader's problems (null when it reads an inventory).</summary>
        private IReadOnlyList<DefinitionProblem>? Check(byte[] bytes, string what, List<string> disagreements)
        {
            var path = Path.Combine(_folder, "inventory.json");
            File.WriteAllBytes(path, bytes);

            InventoryModel? fast = null;
            try
            {
                fast = Utf8InventoryJsonReader.TryRead(path, CancellationToken.None);
            }
            catch (Exception e)
            {
                Disagree(disagreements, what, bytes, "the fast reader threw " + e.GetType().Name + ": " + e.Message);
                return null;
            }

            InventoryModel? located = null;
            IReadOnlyList<DefinitionProblem>? problems = null;
            try
            {
                located = Utf8InventoryJsonReaderTests.LocatedRead(path);
            }
            catch (DefinitionException e)
            {
                problems = e.Problems;
            }
            catch (Exception e)
            {
                Disagree(disagreements, what, bytes, "the located reader threw " + e.GetType().Name + ": " + e.Message);
                return null;
            }

            foreach (var problem in problems ?? Array.Empty<DefinitionProblem>())
            {
                var hasPlace = problem.Line >= 1 && problem.Column >= 1 || WholeFileCodes.Contains(problem.Code);
                if (problem.File == path && !string.IsNullOrEmpty(problem.Message) && hasPlace) continue;
                Disagree(disagreements, what, bytes, "a problem of the located reader is not located: " + problem);
                break;
            }
            if (fast == null) return problems;
            _fastRead++;
            if (located == null)
            {
                Disagree(disagreements, what, bytes, "the fast reader accepted what the located reader refuses: " + string.Join(" | ", problems!.Take(3)));
                return problems;
            }
            var fastJson = InventoryJsonWriter.ToJson(fast);
            var locatedJson = InventoryJsonWriter.ToJson(located);
            if (fastJson != locatedJson)
            {
                var at = Enumerable.Range(0, Math.Min(fastJson.Length, locatedJson.Length)).FirstOrDefault(i => fastJson[i] != locatedJson[i]);
                Disagree(disagreements, what, bytes, "different inventories; fast: " + Around(fastJson, at) + " located: " + Around(locatedJson, at));
                return null;
            }
            try
            {
                InventoryAssert.Equal(located, fast);
            }
            catch (Exception e)
            {
                Disagree(disagreements, what, bytes, "different inventories: " + e.Message);
            }
            return null;
        }

        private static string Around(string text, int at) => text.Substring(Math.Max(0, at - 60), Math.Min(120, text.Length - Math.Max(0, at - 60)));

        private static void Disagree(List<string> disagreements, string what, byte[] bytes, string how)
        {
            var dump = Environment.GetEnvironmentVariable("DRAUDIT_FUZZ_DUMP");
            if (!string.IsNullOrEmpty(dump))
            {
                Directory.CreateDirectory(dump);
                File.WriteAllBytes(Path.Combine(dump, "disagreement-" + disagreements.Count.ToString("D4", CultureInfo.InvariantCulture) + ".json"), bytes);
            }
            disagreements.Add(what + "\n  " + how + (bytes.Length <= 3000 ? "\n  input: " + Printable(bytes) : ""));
        }

        private static string Printable(byte[] bytes)
        {
            var text = new StringBuilder();
            foreach (var b in bytes) text.Append(b >= 0x20 && b < 0x7f ? ((char)b).ToString() : "<" + b.ToString("X2", CultureInfo.InvariantCulture) + ">");
            return text.ToString();
        }

        private static void AssertNone(List<string> disagreements) =>
            Assert.True(disagreements.Count == 0, disagreements.Count + " disagreement(s):\n" + string.Join("\n", disagreements.Take(20)));
    }
}
