using DrAudit.Core.Hosting;
using DrAudit.Core.Model;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Sources;
using DrAudit.Core.Sources.Rest;
using Newtonsoft.Json.Linq;

namespace DrAudit.Core.Tests.Sources.Rest
{
    /// <summary>The REST collection frame fails the source, never the audit, for anything its read or mapping throws that
    /// is not a cancellation asked for: the reason names the source and the exception's type (and JSON path), never the
    /// exception's message or the url's query.</summary>
    public class RestSourceCollectionTests
    {
        private static readonly DateTimeOffset AsOf = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

        private static RestSourceCollection Collection(string? url = "https://vbr01.example.local:9419/?api_key=Secret-Key-42", string? capture = null, CancellationToken cancellation = default) =>
            new RestSourceCollection("Contoso Backup",
                new SourceDefinition { Id = "cb-main", Type = SourceDefinition.VeeamType, Url = capture == null ? url : null, Capture = capture },
                new CollectionContext(AsOf, Duration.FromDays(35), SilentAuditHost.Instance), cancellation);

        public static TheoryData<string> Unexpected() => new() { "InvalidCastException", "NullReferenceException", "ArgumentException", "FormatException", "KeyNotFoundException", "InvalidOperationException" };

        private static Exception Make(string type) => type switch
        {
            "InvalidCastException" => new InvalidCastException("Cannot cast Newtonsoft.Json.Linq.JObject to Newtonsoft.Json.Linq.JToken. token=Bearer sim-access-123"),
            "NullReferenceException" => new NullReferenceException("token=Bearer sim-access-123"),
            "ArgumentException" => new ArgumentException("An item with the same key has already been added. Key: Bearer sim-access-123"),
            "FormatException" => new FormatException("token=Bearer sim-access-123"),
            "KeyNotFoundException" => new KeyNotFoundException("The given key 'Bearer sim-access-123' was not present."),
            _ => new InvalidOperationException("Sequence contains more than one element: Bearer sim-access-123"),
        };

        [Theory]
        [MemberData(nameof(Unexpected))]
        public void An_unexpected_exception_of_a_live_read_fails_the_source_with_its_type(string type)
        {
            var data = Collection().Run(() => throw Make(type));

            Assert.Equal(SourceState.Failed, data.State);
            Assert.Null(data.Inventory);
            Assert.Equal("Contoso Backup source 'cb-main' (https://vbr01.example.local:9419/): its server's answers could not be read as the Contoso Backup API documents it ("
                + type + "); what it would show is unknown.", data.Error);
        }

        [Fact]
        public void An_unexpected_exception_of_a_capture_read_fails_the_source_and_names_the_capture()
        {
            var data = Collection(capture: "/captures/vbr01").Run(() => throw new InvalidCastException("Cannot cast JObject to JToken."));

            Assert.Equal("Contoso Backup source 'cb-main' (capture /captures/vbr01): its capture's data could not be read as the Contoso Backup API documents it (InvalidCastException); what it would show is unknown.", data.Error);
        }

        [Fact]
        public void A_JSON_reader_exception_names_the_JSON_path_but_not_the_data()
        {
            var data = Collection().Run(() =>
            {
                JToken.Parse("{\"data\":[{\"name\":\"Secret-Key-42\",\"id\": tru}]}");
                return null!;
            });

            Assert.Equal(SourceState.Failed, data.State);
            Assert.Contains("(JsonReaderException at data[0].id)", data.Error);
            Assert.DoesNotContain("Secret-Key-42", data.Error);
        }

        [Fact]
        public void No_url_query_reaches_a_failure()
        {
            var data = Collection().Run(() => throw new RestSourceException("malformed response: GET /jobs has no 'id' text."));

            Assert.Equal("Contoso Backup source 'cb-main' (https://vbr01.example.local:9419/): malformed response: GET /jobs has no 'id' text.", data.Error);
        }

        [Fact]
        public void A_cancellation_asked_for_goes_on_up()
        {
            using var cancel = new CancellationTokenSource();
            var collection = Collection(cancellation: cancel.Token);
            cancel.Cancel();

            Assert.Throws<OperationCanceledException>(() => collection.Run(() => throw new OperationCanceledException(cancel.Token)));
        }

        [Fact]
        public void A_cancellation_nobody_asked_for_fails_the_source()
        {
            var data = Collection().Run(() => throw new OperationCanceledException());

            Assert.Equal(SourceState.Failed, data.State);
            Assert.Contains("(OperationCanceledException)", data.Error);
        }

        [Fact]
        public void Running_out_of_memory_goes_on_up()
        {
            Assert.Throws<OutOfMemoryException>(() => Collection().Run(() => throw new OutOfMemoryException()));
        }
    }
}
