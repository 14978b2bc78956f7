using System.Text;
using DrAudit.Core.Loading;
using DrAudit.Core.Loading.Inventory;
using static DrAudit.Core.Tests.Loading.Inventory.InventoryTestFiles;

namespace DrAudit.Core.Tests.Loading.Inventory
{
    /// <summary>The streaming JSON reader at its edges: buffer boundaries, character columns, encoding, nesting.</summary>
    public sealed class InventoryJsonStreamingTests
    {
        [Fact]
        public void A_value_longer_than_the_read_buffer_and_records_across_buffer_boundaries_read_intact()
        {
            var message = "long " + new string('m', 200_000) + " end";
            var runs = string.Join(",\n", Enumerable.Range(0, 3000).Select(i =>
                $"{{ \"job\": \"j{i}\", \"start\": \"2026-10-01T22:00:00Z\", \"result\": \"failed\", \"message\": \"{(i == 1500 ? message : "m" + i)}\" }}"));

            var inventory = ReadJsonText(Json(runs: runs));

            Assert.Equal(3000, inventory.Runs.Count);
            Assert.Equal(message, inventory.Runs[1500].Message);
            Assert.Equal("j2999", inventory.Runs[2999].Job);
        }

        [Fact]
        public void Columns_count_characters_not_bytes()
        {
            var json = Json(repositories: "{ \"id\": \"réseau-été\", \"nmae\": \"x\" }");

            var problem = Assert.Single(JsonProblems(json));

            Assert.Equal(("UnknownKey", 5), (problem.Code, problem.Line));
            Assert.Equal(ColumnOf(json, 5, "\"nmae\""), problem.Column);
        }

        [Fact]
        public void Comments_and_a_byte_order_mark_are_accepted()
        {
            var json = "\uFEFF" + Json(repositories: "/* onsite */ { \"id\": \"r1\" } /* the only one */\n    // a line comment\n  ");

            Assert.Equal("r1", Assert.Single(ReadJsonText(json).Repositories).Id);
        }

        [Fact]
        public void A_string_that_is_not_utf8_is_a_bad_encoding_problem()
        {
            var bytes = Encoding.UTF8.GetBytes(Json(repositories: "{ \"id\": \"rX\" }"));
            var at = Array.IndexOf(bytes, (byte)'X');
            bytes[at] = 0xC3;

            var problem = Assert.Single(Assert.Throws<DefinitionException>(() => InventoryReader.ReadJson(new MemoryStream(bytes), "inline.json")).Problems);

            Assert.Equal("BadEncoding", problem.Code);
        }

        [Fact]
        public void Nesting_deeper_than_the_limit_is_a_located_syntax_problem()
        {
            var deep = new string('[', 100) + new string(']', 100);

            var problem = Assert.Single(JsonProblems(Json(repositories: "{ \"id\": \"r1\", \"name\": " + deep + " }")));

            Assert.Equal(("JsonSyntax", 5), (problem.Code, problem.Line));
            Assert.DoesNotContain("LineNumber", problem.Message);
        }

        [Fact]
        public void Anything_after_the_inventory_object_is_a_syntax_problem()
        {
            var problem = Assert.Single(JsonProblems(Json() + "{ }"));

            Assert.Equal(("JsonSyntax", 10), (problem.Code, problem.Line));
            Assert.Contains("more after the inventory object", problem.Message);
        }
    }
}
