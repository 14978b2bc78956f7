using System.Diagnostics;
using DrAudit.Core.Loading;
using DrAudit.Core.Loading.Definition;
using DrAudit.Core.Loading.Files;
using DrAudit.Core.Loading.Inventory;
using DrAudit.Core.Tests.Loading.Definition;
using DrAudit.Core.Tests.Packs;

namespace DrAudit.Core.Tests.Loading.Files
{
    /// <summary>
    /// Inputs that are not regular files (a FIFO, a link to /dev/zero) are refused before they are opened, so
    /// nothing hangs or fills memory; inputs over their size limit are refused before they are read.
    /// </summary>
    public class SpecialFileTests : IDisposable
    {
        private readonly TempFolder _temp = new TempFolder();

        public void Dispose() => _temp.Dispose();

        private string Fifo(string name)
        {
            var path = _temp.Combine(name);
            using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", path) { UseShellExecute = false })!;
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
            return path;
        }

        private string LinkToDevZero(string name)
        {
            var path = _temp.Combine(name);
            File.CreateSymbolicLink(path, "/dev/zero");
            return path;
        }

        [SkippableFact]
        public void Client_definition_that_is_a_fifo_is_refused_without_waiting()
        {
            Skip.If(OperatingSystem.IsWindows(), "FIFOs are a Unix thing");
            var fifo = Fifo("client.yaml");

            var read = Task.Run(() => ClientDefinitionLoader.Read(fifo));

            Assert.True(read.Wait(TimeSpan.FromSeconds(30)), "reading a FIFO must not wait for a writer");
            var problem = DefinitionFolder.Only(read.Result, "NotAFile", 0, 0);
            Assert.Contains("not a regular file", problem.Message);
        }

        [SkippableFact]
        public void Client_definition_linked_to_dev_zero_is_refused()
        {
            Skip.If(OperatingSystem.IsWindows(), "/dev/zero is a Unix thing");
            var result = ClientDefinitionLoader.Read(LinkToDevZero("client.yaml"));

            DefinitionFolder.Only(result, "NotAFile", 0, 0);
        }

        [SkippableFact]
        public void Client_definition_behind_a_link_to_a_regular_file_loads()
        {
            Skip.If(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
            File.WriteAllText(_temp.Combine("real.yaml"), DefinitionFolder.Minimal);
            var link = _temp.Combine("client.yaml");
            File.CreateSymbolicLink(link, _temp.Combine("real.yaml"));

            var result = ClientDefinitionLoader.Read(link);

            Assert.Empty(result.Problems);
        }

        [Fact]
        public void Client_definition_over_its_size_limit_is_refused_before_reading()
        {
            var path = _temp.Combine("client.yaml");
            using (var file = File.Create(path)) file.SetLength(InputLimits.ClientDefinitionBytes + 1);

            var problem = DefinitionFolder.Only(ClientDefinitionLoader.Read(path), "TooLarge", 0, 0);

            Assert.Contains("5 MB", problem.Message);
        }

        [SkippableFact]
        public void Restore_test_file_that_is_a_fifo_is_refused_at_the_key_naming_it()
        {
            Skip.If(OperatingSystem.IsWindows(), "FIFOs are a Unix thing");
            Fifo("tests.csv");
            File.WriteAllText(_temp.Combine("client.yaml"), DefinitionFolder.Minimal + "restoreTests:\n  path: tests.csv\n");

            var read = Task.Run(() => ClientDefinitionLoader.Read(_temp.Combine("client.yaml")));

            Assert.True(read.Wait(TimeSpan.FromSeconds(30)), "reading a FIFO must not wait for a writer");
            DefinitionFolder.Only(read.Result, "NotAFile", 15, 9);
        }

        [SkippableFact]
        public void Inventory_file_that_is_a_fifo_is_refused_without_waiting()
        {
            Skip.If(OperatingSystem.IsWindows(), "FIFOs are a Unix thing");
            var fifo = Fifo("inventory.json");

            var read = Task.Run(() => Assert.Throws<DefinitionException>(() => InventoryReader.Read(fifo)));

            Assert.True(read.Wait(TimeSpan.FromSeconds(30)), "reading a FIFO must not wait for a writer");
            Assert.Equal("NotAFile", Assert.Single(read.Result.Problems).Code);
        }

        [SkippableFact]
        public void Csv_file_linked_to_dev_zero_is_refused()
        {
            Skip.If(OperatingSystem.IsWindows(), "/dev/zero is a Unix thing");
            var folder = _temp.Combine("csv");
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "repositories.csv"), "id,name,location\n");
            File.WriteAllText(Path.Combine(folder, "jobs.csv"), "id,kind,objects\n");
            File.WriteAllText(Path.Combine(folder, "restore-points.csv"), "object,time\n");
            File.CreateSymbolicLink(Path.Combine(folder, "runs.csv"), "/dev/zero");

            var problems = Assert.Throws<DefinitionException>(() => InventoryReader.Read(folder)).Problems;

            var problem = Assert.Single(problems);
            Assert.Equal("NotAFile", problem.Code);
            Assert.EndsWith("runs.csv", problem.File);
        }

        [Theory]
        [InlineData(new byte[] { 0x61, 0x0A, 0x62, 0xC3 }, 2, 2)]                       // a truncated two-byte sequence at the end
        [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x61, 0xED, 0xA0, 0x80 }, 1, 2)]       // a byte-order mark, then an encoded surrogate
        [InlineData(new byte[] { 0xF0, 0x9F, 0x98, 0x80, 0x62, 0xC0, 0xAF }, 1, 4)]       // an emoji (two UTF-16 units), then an overlong '/'
        public void Text_that_is_not_utf8_is_located_by_line_and_column(byte[] bytes, int line, int column)
        {
            var error = Assert.Throws<InputFileException>(() => InputFile.DecodeUtf8(bytes, "x.yaml"));

            Assert.Equal(("BadEncoding", line, column), (error.Problem.Code, error.Problem.Line, error.Problem.Column));
        }

        [Fact]
        public void Bad_encoding_far_into_a_large_file_is_located_exactly()
        {
            var path = _temp.Combine("big.csv");
            var lines = Enumerable.Range(0, 20_000).Select(i => "row-" + i + ",é").ToList();
            var bytes = System.Text.Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n").ToList();
            bytes.AddRange(new byte[] { 0x61, 0x62, 0xFF, 0x0A });
            File.WriteAllBytes(path, bytes.ToArray());

            var problem = InputFile.LocateBadEncoding(path);

            Assert.Equal((20_001, 3), (problem.Line, problem.Column));
        }
    }
}
