using System;
using System.Buffers;
using System.IO;
using System.Text.Json;
using YamlDotNet.RepresentationModel;

namespace DrAudit.Bench.Baseline
{
    /// <summary>
    /// The floor a reader of the same files cannot go below: YamlDotNet loads the client definition into its
    /// representation model, and one System.Text.Json <see cref="Utf8JsonReader"/> pass over the inventory file turns
    /// every value into a .NET value (strings into strings, numbers into longs, booleans), validating nothing and
    /// building nothing. <see cref="BareRecords"/> receives each record's values when a caller wants to keep them.
    /// </summary>
    public static class BareParse
    {
        private const int BufferSize = 1 << 16;

        /// <summary>Loads the YAML into YamlDotNet's representation model and returns its root mapping.</summary>
        public static YamlMappingNode Yaml(string path)
        {
            using var reader = new StreamReader(path);
            var stream = new YamlStream();
            stream.Load(reader);
            return (YamlMappingNode)stream.Documents[0].RootNode;
        }

        /// <summary>Reads every token of the JSON file from a stream through a reused buffer; returns the values touched.</summary>
        public static long Json(string path, BareRecords? records = null)
        {
            var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
            try
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
                var state = new JsonReaderState();
                int held = 0;
                long values = 0;
                bool final = false;
                string? property = null;
                while (true)
                {
                    if (!final)
                    {
                        var read = stream.Read(buffer, held, buffer.Length - held);
                        held += read;
                        final = read == 0;
                    }
                    var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(buffer, 0, held), final, state);
                    while (reader.Read())
                    {
                        switch (reader.TokenType)
                        {
                            case JsonTokenType.PropertyName:
                                property = reader.GetString();
                                break;
                            case JsonTokenType.String:
                                var text = reader.GetString();
                                records?.Value(reader.CurrentDepth, property!, text);
                                values++;
                                break;
                            case JsonTokenType.Number:
                                reader.TryGetInt64(out var number);
                                records?.Value(reader.CurrentDepth, property!, number);
                                values++;
                                break;
                            case JsonTokenType.True:
                            case JsonTokenType.False:
                                records?.Value(reader.CurrentDepth, property!, reader.GetBoolean());
                                values++;
                                break;
                            case JsonTokenType.Null:
                                values++;
                                break;
                            case JsonTokenType.StartArray:
                                records?.StartArray(reader.CurrentDepth, property);
                                break;
                            case JsonTokenType.StartObject:
                                records?.StartObject(reader.CurrentDepth);
                                break;
                            case JsonTokenType.EndObject:
                                records?.EndObject(reader.CurrentDepth);
                                break;
                        }
                    }
                    if (final) return values;
                    state = reader.CurrentState;
                    var consumed = (int)reader.BytesConsumed;
                    held -= consumed;
                    Buffer.BlockCopy(buffer, consumed, buffer, 0, held);
                    if (held == buffer.Length)
                    {
                        var bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        Buffer.BlockCopy(buffer, 0, bigger, 0, held);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = bigger;
                    }
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }
}
