using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using DrAudit.Core.Loading.Files;
using InventoryModel = DrAudit.Core.Model.Inventory.Inventory;

namespace DrAudit.Core.Loading.Inventory
{
    /// <summary>
    /// The fast way to read a well-formed inventory file: one <see cref="Utf8JsonReader"/> pass over the file's bytes
    /// through a reused buffer, filling the model with the same record builders and value conversions as
    /// <see cref="InventoryJsonReader"/>, and sharing repeated names (<see cref="Utf8StringTable"/>).
    /// It reads strict JSON only and reports nothing itself: at the first thing it does not take (a syntax error,
    /// a comment, a number that is not a plain whole number, bytes that are not UTF-8) or the first problem the
    /// builders find, it gives up and returns null, and the caller reads the file again with
    /// <see cref="InventoryJsonReader"/>, whose located problems (file, line, column, what was expected) are
    /// therefore exactly those it has always given. Valid files never pay for locating problems.
    /// </summary>
    internal sealed class Utf8InventoryJsonReader
    {
        private const int RecordsBetweenCancellationChecks = 1024;
        private const int InitialBuffer = 1 << 20;

        /// <summary>A plain whole number of at most this many digits fits a long.</summary>
        private const int MaxIntegerDigits = 18;

        private readonly Stream _stream;
        private readonly string _file;
        private readonly CancellationToken _cancellation;
        private readonly InventoryBuilder _builder = new InventoryBuilder();
        private readonly Utf8StringTable _names = new Utf8StringTable();
        private readonly Dictionary<string, Utf8StringTable> _valuesByName = new Dictionary<string, Utf8StringTable>(StringComparer.Ordinal);
        private byte[] _buffer;
        private int _held;
        private bool _final;
        private int _records;

        private Utf8InventoryJsonReader(Stream stream, string file, CancellationToken cancellation)
        {
            _stream = stream;
            _file = file;
            _cancellation = cancellation;
            _buffer = ArrayPool<byte>.Shared.Rent(InitialBuffer);
        }

        /// <summary>The inventory in <paramref name="file"/>, or null when it must be read by <see cref="InventoryJsonReader"/>
        /// (anything but a valid strict-JSON inventory). Problems with the file itself (missing, too large) throw
        /// <see cref="InputFileException"/> as <see cref="InputFile.OpenRead"/> says.</summary>
        public static InventoryModel? TryRead(string file, CancellationToken cancellation)
        {
            using (var stream = InputFile.OpenRead(file, InputLimits.InventoryBytes, "the inventory"))
            {
                var reader = new Utf8InventoryJsonReader(stream, file, cancellation);
                try
                {
                    return reader.ReadDocument() ? reader._builder.Inventory : null;
                }
                catch (Exception e) when (e is JsonException || e is InvalidOperationException || e is DecoderFallbackException
                                          || e is ArgumentException || e is FormatException)
                {
                    return null;
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(reader._buffer);
                }
            }
        }

        private bool Failed => _builder.Problems.Count != 0;

        private bool ReadDocument()
        {
            Fill();
            SkipByteOrderMark();
            var json = new Utf8JsonReader(new ReadOnlySpan<byte>(_buffer, 0, _held), _final,
                new JsonReaderState(new JsonReaderOptions { MaxDepth = InputLimits.NestingDepth }));
            if (!Next(ref json) || json.TokenType != JsonTokenType.StartObject) return false;
            var header = new RecordBuilder<InventoryModel>(InventorySchemas.JsonHeader, _builder.Problems, null);
            header.Begin(_file, 0, 0, _builder.Inventory);
            while (NextInObject(ref json))
            {
                var name = Name(ref json);
                RawValue value;
                switch (name)
                {
                    case InventorySchemas.RepositoriesField: if (!ReadList(ref json, _builder.Repositories, out value)) return false; break;
                    case InventorySchemas.JobsField: if (!ReadList(ref json, _builder.Jobs, out value)) return false; break;
                    case InventorySchemas.RunsField: if (!ReadList(ref json, _builder.Runs, out value)) return false; break;
                    case InventorySchemas.RestorePointsField: if (!ReadList(ref json, _builder.RestorePoints, out value)) return false; break;
                    case InventorySchemas.DiscoveredField:
                        if (!ReadList(ref json, _builder.Discovered, out value)) return false;
                        if (value.IsGiven) _builder.DiscoveredGiven();
                        break;
                    case InventorySchemas.BackupServerField: if (!ReadBackupServer(ref json, out value)) return false; break;
                    default: if (!ReadValue(ref json, name, out value)) return false; break;
                }
                header.Set(name, value, 0, 0);
                if (Failed) return false;
            }
            header.End();
            if (Failed) return false;
            // Anything after the inventory object but whitespace makes the reader throw (read again to locate it).
            return !Next(ref json);
        }

        /// <summary>Reads a list of records; false when the located reader must read the file.</summary>
        private bool ReadList<T>(ref Utf8JsonReader json, RecordBuilder<T> builder, out RawValue value) where T : new()
        {
            value = RawValue.Absent;
            NextOrEnded(ref json);
            if (json.TokenType == JsonTokenType.Null) return true;
            if (json.TokenType != JsonTokenType.StartArray) return false;
            var schema = builder.Schema;
            var tables = TablesFor(schema);
            while (true)
            {
                NextOrEnded(ref json);
                if (json.TokenType == JsonTokenType.EndArray) break;
                if (json.TokenType != JsonTokenType.StartObject) return false;
                builder.Begin(_file, 0, 0);
                var likely = 0;
                while (NextInObject(ref json))
                {
                    var i = json.ValueIsEscaped || json.HasValueSequence ? schema.IndexOf(json.GetString()!) : schema.IndexOfUtf8(json.ValueSpan, likely);
                    if (i < 0) return false;
                    likely = i + 1;
                    NextOrEnded(ref json);
                    if (SetPlain(ref json, builder, i, tables[i])) continue;
                    if (!ValueHere(ref json, schema.Fields[i].Name, out var field)) return false;
                    builder.Set(i, field, 0, 0);
                }
                builder.End();
                if (Failed) return false;
                if (++_records % RecordsBetweenCancellationChecks == 0) _cancellation.ThrowIfCancellationRequested();
            }
            value = RawValue.FromArray(null);
            return true;
        }

        /// <summary>Sets field <paramref name="i"/> straight from the token when it is a plain, valid value of the field's
        /// kind (a name, a time, an enum name, true/false, a whole number, or null/"" for no value); false when the value
        /// must go the general way (<see cref="ValueHere"/> and the field's own conversion, which reports any problem).</summary>
        private static bool SetPlain<T>(ref Utf8JsonReader json, RecordBuilder<T> builder, int i, Utf8StringTable? table) where T : new()
        {
            var field = builder.Schema.Fields[i];
            switch (json.TokenType)
            {
                case JsonTokenType.Null:
                    builder.Mark(i, false, 0, 0);
                    return true;
                case JsonTokenType.String when !json.ValueIsEscaped && !json.HasValueSequence:
                    var bytes = json.ValueSpan;
                    if (bytes.Length == 0)
                    {
                        // "" is no value, as the other readers take it.
                        builder.Mark(i, false, 0, 0);
                        return true;
                    }
                    if (field.SetText != null) field.SetText(ref builder.Item, table!.Get(bytes));
                    else if (field.SetTime != null && IsoTime.TryParseUtf8(bytes, out var time) && Model.TimeBounds.ContainsInventoryTime(time)) field.SetTime(ref builder.Item, time);
                    else if (field.SetEnum == null || !field.SetEnum(ref builder.Item, bytes)) return false;
                    break;
                case JsonTokenType.True:
                case JsonTokenType.False:
                    if (field.SetBoolean == null) return false;
                    field.SetBoolean(ref builder.Item, json.TokenType == JsonTokenType.True);
                    break;
                case JsonTokenType.Number:
                    if (field.SetCount == null || !TryPlainInteger(ref json, out var number) || number > int.MaxValue) return false;
                    field.SetCount(ref builder.Item, (int)number);
                    break;
                default:
                    return false;
            }
            // A key given twice is a problem (reported here; the file is then read by the located reader).
            builder.Mark(i, true, 0, 0);
            return true;
        }

        /// <summary>For each field of a schema that holds names, the table sharing its values (one table per key
        /// name, so a job id is one string in jobs, runs and points alike); null for other fields.</summary>
        private Utf8StringTable?[] TablesFor<T>(RecordSchema<T> schema)
        {
            var tables = new Utf8StringTable?[schema.Fields.Length];
            for (var i = 0; i < tables.Length; i++)
            {
                var field = schema.Fields[i];
                if (field.SetText == null) continue;
                if (!_valuesByName.TryGetValue(field.Name, out var table)) _valuesByName[field.Name] = table = new Utf8StringTable();
                tables[i] = table;
            }
            return tables;
        }

        /// <summary><c>backupServer</c> and its nested <c>configBackup</c>, as <see cref="InventoryJsonReader"/> reads them.</summary>
        private bool ReadBackupServer(ref Utf8JsonReader json, out RawValue value)
        {
            value = RawValue.Object;
            NextOrEnded(ref json);
            if (json.TokenType != JsonTokenType.StartObject) return ValueHere(ref json, InventorySchemas.BackupServerField, out value);
            var server = new Model.Inventory.BackupServer();
            _builder.BackupServer.Begin(_file, 0, 0, server);
            while (NextInObject(ref json))
            {
                var name = Name(ref json);
                RawValue field;
                if (name != InventorySchemas.ConfigBackupField)
                {
                    if (!ReadValue(ref json, name, out field)) return false;
                    _builder.BackupServer.Set(name, field, 0, 0);
                    if (Failed) return false;
                    continue;
                }
                NextOrEnded(ref json);
                if (json.TokenType != JsonTokenType.StartObject)
                {
                    if (!ValueHere(ref json, name, out field)) return false;
                    _builder.BackupServer.Set(name, field, 0, 0);
                    if (Failed) return false;
                    continue;
                }
                var config = new Model.Inventory.ConfigurationBackup();
                _builder.ConfigBackup.Begin(_file, 0, 0, config);
                while (NextInObject(ref json))
                {
                    var key = Name(ref json);
                    if (!ReadValue(ref json, key, out field)) return false;
                    _builder.ConfigBackup.Set(key, field, 0, 0);
                }
                if (_builder.ConfigBackup.End()) server.ConfigBackup = config;
                _builder.BackupServer.Set(name, RawValue.Object, 0, 0);
                if (Failed) return false;
            }
            if (_builder.BackupServer.End()) _builder.Inventory.BackupServer = server;
            return !Failed;
        }

        private bool ReadValue(ref Utf8JsonReader json, string name, out RawValue value)
        {
            NextOrEnded(ref json);
            return ValueHere(ref json, name, out value);
        }

        /// <summary>The value at the current token, as <see cref="InventoryJsonReader"/> would give it; false for what only
        /// that reader takes or what no field holds (an object, a list in a list, a number that is not a plain whole number).</summary>
        private bool ValueHere(ref Utf8JsonReader json, string name, out RawValue value)
        {
            value = RawValue.Absent;
            switch (json.TokenType)
            {
                case JsonTokenType.String:
                    value = RawValue.FromString(Text(ref json, name));
                    return true;
                case JsonTokenType.Number:
                    if (!TryPlainInteger(ref json, out var number)) return false;
                    value = RawValue.FromInteger(number);
                    return true;
                case JsonTokenType.True:
                    value = RawValue.FromBoolean(true);
                    return true;
                case JsonTokenType.False:
                    value = RawValue.FromBoolean(false);
                    return true;
                case JsonTokenType.Null:
                    return true;
                case JsonTokenType.StartArray:
                    var items = new List<RawValue>();
                    while (true)
                    {
                        NextOrEnded(ref json);
                        if (json.TokenType == JsonTokenType.EndArray) break;
                        if (json.TokenType == JsonTokenType.StartArray || json.TokenType == JsonTokenType.StartObject) return false;
                        if (!ValueHere(ref json, name, out var item)) return false;
                        items.Add(item);
                    }
                    value = RawValue.FromArray(items);
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>Digits only (no sign, fraction or exponent; JSON allows no leading zero), few enough for a long: what
        /// Json.NET reads as the same whole number. Anything else is left to the located reader.</summary>
        private static bool TryPlainInteger(ref Utf8JsonReader json, out long number)
        {
            number = 0;
            if (json.HasValueSequence) return false;
            var digits = json.ValueSpan;
            if (digits.Length == 0 || digits.Length > MaxIntegerDigits) return false;
            foreach (var d in digits)
            {
                if (d < (byte)'0' || d > (byte)'9') return false;
                number = number * 10 + (d - '0');
            }
            return true;
        }

        private string Name(ref Utf8JsonReader json) =>
            json.ValueIsEscaped || json.HasValueSequence ? json.GetString()! : _names.Get(json.ValueSpan);

        /// <summary>A string value, shared with equal values of the same key (names repeat; times and messages rarely do).</summary>
        private string Text(ref Utf8JsonReader json, string name)
        {
            if (json.ValueIsEscaped || json.HasValueSequence) return json.GetString()!;
            if (!_valuesByName.TryGetValue(name, out var table)) _valuesByName[name] = table = new Utf8StringTable();
            return table.Get(json.ValueSpan);
        }

        private bool NextInObject(ref Utf8JsonReader json)
        {
            NextOrEnded(ref json);
            return json.TokenType == JsonTokenType.PropertyName;
        }

        private void NextOrEnded(ref Utf8JsonReader json)
        {
            if (!Next(ref json)) throw new JsonException("the file ends before the inventory is complete");
        }

        /// <summary>The next token, refilling the buffer from the file when the reader needs more bytes.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private bool Next(ref Utf8JsonReader json) => json.Read() || Refill(ref json);

        /// <summary>After the reader ran out of bytes: refills the buffer until it has its next token; false when the file has no more.</summary>
        private bool Refill(ref Utf8JsonReader json)
        {
            do
            {
                if (_final) return false;
                var consumed = (int)json.BytesConsumed;
                var state = json.CurrentState;
                _held -= consumed;
                Buffer.BlockCopy(_buffer, consumed, _buffer, 0, _held);
                if (_held == _buffer.Length)
                {
                    // One token longer than the buffer: a bigger one (the file's size is bounded by InputLimits).
                    var bigger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
                    Buffer.BlockCopy(_buffer, 0, bigger, 0, _held);
                    ArrayPool<byte>.Shared.Return(_buffer);
                    _buffer = bigger;
                }
                Fill();
                json = new Utf8JsonReader(new ReadOnlySpan<byte>(_buffer, 0, _held), _final, state);
            }
            while (!json.Read());
            return true;
        }

        /// <summary>Reads from the file until the buffer is full or the file ends.</summary>
        private void Fill()
        {
            while (!_final && _held < _buffer.Length)
            {
                var read = _stream.Read(_buffer, _held, _buffer.Length - _held);
                if (read == 0) _final = true;
                _held += read;
            }
        }

        private void SkipByteOrderMark()
        {
            if (_held < 3 || _buffer[0] != 0xEF || _buffer[1] != 0xBB || _buffer[2] != 0xBF) return;
            _held -= 3;
            Buffer.BlockCopy(_buffer, 3, _buffer, 0, _held);
        }
    }
}
