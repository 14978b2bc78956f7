using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using DrAudit.Core.Loading.Files;
using Newtonsoft.Json;
using InventoryModel = DrAudit.Core.Model.Inventory.Inventory;

namespace DrAudit.Core.Loading.Inventory
{
    /// <summary>Reads an inventory JSON file by streaming its tokens (no tree of the whole file is built), so an
    /// inventory of hundreds of thousands of runs and points reads in seconds. Problems are located at the key
    /// they concern (a missing key: at the object's opening brace).</summary>
    internal sealed class InventoryJsonReader
    {
        private const int RecordsBetweenCancellationChecks = 1024;

        private readonly string _file;
        private readonly JsonTextReader _json;
        private readonly CancellationToken _cancellation;
        private readonly InventoryBuilder _builder = new InventoryBuilder();
        private int _records;

        private InventoryJsonReader(TextReader text, string file, CancellationToken cancellation)
        {
            _file = file;
            _cancellation = cancellation;
            _json = new JsonTextReader(text)
            {
                DateParseHandling = DateParseHandling.None,
                FloatParseHandling = FloatParseHandling.Double,
                CloseInput = false,
                MaxDepth = InputLimits.NestingDepth,
                PropertyNameTable = KnownNames(),
            };
        }

        /// <summary>Lets Json.NET reuse one string per known key instead of allocating one per occurrence.</summary>
        private static DefaultJsonNameTable KnownNames()
        {
            var table = new DefaultJsonNameTable();
            foreach (var f in InventorySchemas.JsonHeader.Fields) table.Add(f.Name);
            foreach (var f in InventorySchemas.Repository.Fields) table.Add(f.Name);
            foreach (var f in InventorySchemas.Job.Fields) table.Add(f.Name);
            foreach (var f in InventorySchemas.Run.Fields) table.Add(f.Name);
            foreach (var f in InventorySchemas.RestorePoint.Fields) table.Add(f.Name);
            foreach (var f in InventorySchemas.Discovered.Fields) table.Add(f.Name);
            return table;
        }

        /// <summary>Reads <paramref name="file"/>: a valid strict-JSON inventory in one fast pass
        /// (<see cref="Utf8InventoryJsonReader"/>); anything else again with this reader, which locates every problem.</summary>
        public static InventoryModel Read(string file, CancellationToken cancellation)
        {
            var fast = Utf8InventoryJsonReader.TryRead(file, cancellation);
            if (fast != null) return fast;
            using (var text = InputFile.OpenText(file, InputLimits.InventoryBytes, "the inventory"))
            {
                return Read(text, file, cancellation);
            }
        }

        /// <summary>Reads from <paramref name="text"/>; <paramref name="file"/> names it in problems.</summary>
        public static InventoryModel Read(TextReader text, string file, CancellationToken cancellation)
        {
            var reader = new InventoryJsonReader(text, file, cancellation);
            try
            {
                reader.ReadDocument();
            }
            catch (JsonReaderException e)
            {
                // Json.NET says line 0 for the file's very first character (a stray letter, a second byte-order mark): that is 1:1.
                reader.Problems.Add(file, Math.Max(1, e.LineNumber), Math.Max(1, e.LinePosition), "JsonSyntax", WithoutLocation(e.Message));
            }
            catch (DecoderFallbackException)
            {
                var bad = File.Exists(file)
                    ? InputFile.LocateBadEncoding(file)
                    : InputFile.BadEncoding(file, Math.Max(1, reader._json.LineNumber), Math.Max(1, reader._json.LinePosition));
                reader.Problems.Add(bad.File, bad.Line, bad.Column, bad.Code, bad.Message);
            }
            return reader._builder.Finish();
        }

        private BoundedProblemCollector Problems => _builder.Problems;

        private void ReadDocument()
        {
            if (!Next())
            {
                // Nothing but whitespace, comments or a byte-order mark: at the file's start, as the CSV reader puts its empty file.
                Problems.Add(_file, 1, 1, "JsonSyntax", "the file is empty; it must hold one inventory object.");
                return;
            }
            if (_json.TokenType != JsonToken.StartObject)
            {
                Problems.Add(_file, Math.Max(1, _json.LineNumber), Math.Max(1, _json.LinePosition), "WrongType",
                    "an inventory file must hold one JSON object ({ \"apiVersion\": \"draudit/v1\", ... }), found " + Describe(_json.TokenType) + ".");
                return;
            }
            var header = new RecordBuilder<InventoryModel>(InventorySchemas.JsonHeader, Problems, null);
            header.Begin(_file, _json.LineNumber, _json.LinePosition, _builder.Inventory);
            while (NextInObject())
            {
                var name = (string)_json.Value!;
                KeyPosition(name, out var line, out var column);
                RawValue value;
                switch (name)
                {
                    case InventorySchemas.RepositoriesField: value = ReadList(_builder.Repositories, name); break;
                    case InventorySchemas.JobsField: value = ReadList(_builder.Jobs, name); break;
                    case InventorySchemas.RunsField: value = ReadList(_builder.Runs, name); break;
                    case InventorySchemas.RestorePointsField: value = ReadList(_builder.RestorePoints, name); break;
                    case InventorySchemas.DiscoveredField:
                        value = ReadList(_builder.Discovered, name);
                        if (value.IsGiven && _json.TokenType == JsonToken.EndArray) _builder.DiscoveredGiven();
                        break;
                    case InventorySchemas.BackupServerField: value = ReadBackupServer(); break;
                    default: value = ReadValue(); break;
                }
                header.Set(name, value, line, column);
                if (Problems.Full) return;
            }
            header.End();
            if (Next())
            {
                Problems.Add(_file, _json.LineNumber, _json.LinePosition, "JsonSyntax",
                    "there is more after the inventory object; a file holds exactly one inventory.");
            }
        }

        /// <summary>Reads a list of records; returns a given marker (or absent for null) for the header's bookkeeping.</summary>
        private RawValue ReadList<T>(RecordBuilder<T> builder, string name) where T : new()
        {
            NextOrEnded();
            if (_json.TokenType == JsonToken.Null) return RawValue.Absent;
            if (_json.TokenType != JsonToken.StartArray)
            {
                Problems.Add(_file, _json.LineNumber, _json.LinePosition, "WrongType",
                    "'" + name + "' must be a list of objects ([ { ... } ]), found " + Describe(_json.TokenType) + ".");
                _json.Skip();
                return RawValue.FromArray(null);
            }
            while (true)
            {
                NextOrEnded();
                if (_json.TokenType == JsonToken.EndArray) break;
                if (_json.TokenType == JsonToken.StartObject)
                {
                    ReadRecord(builder);
                }
                else
                {
                    Problems.Add(_file, _json.LineNumber, _json.LinePosition, "WrongType",
                        "each entry of '" + name + "' must be an object ({ ... }), found " + Describe(_json.TokenType) + ".");
                    _json.Skip();
                }
                if (Problems.Full) break;
                if (++_records % RecordsBetweenCancellationChecks == 0) _cancellation.ThrowIfCancellationRequested();
            }
            return RawValue.FromArray(null);
        }

        private void ReadRecord<T>(RecordBuilder<T> builder) where T : new()
        {
            builder.Begin(_file, _json.LineNumber, _json.LinePosition);
            while (NextInObject())
            {
                var name = (string)_json.Value!;
                KeyPosition(name, out var line, out var column);
                builder.Set(name, ReadValue(), line, column);
            }
            builder.End();
        }

        /// <summary>Reads <c>backupServer</c> and its nested <c>configBackup</c> (v1.1) as strictly as any record;
        /// the server is kept only when neither has a problem.</summary>
        private RawValue ReadBackupServer()
        {
            NextOrEnded();
            if (_json.TokenType != JsonToken.StartObject) return ValueHere();
            var server = new Model.Inventory.BackupServer();
            _builder.BackupServer.Begin(_file, _json.LineNumber, _json.LinePosition, server);
            while (NextInObject())
            {
                var name = (string)_json.Value!;
                KeyPosition(name, out var line, out var column);
                if (name != InventorySchemas.ConfigBackupField)
                {
                    _builder.BackupServer.Set(name, ReadValue(), line, column);
                    continue;
                }
                NextOrEnded();
                if (_json.TokenType != JsonToken.StartObject)
                {
                    _builder.BackupServer.Set(name, ValueHere(), line, column);
                    continue;
                }
                var config = new Model.Inventory.ConfigurationBackup();
                _builder.ConfigBackup.Begin(_file, _json.LineNumber, _json.LinePosition, config);
                while (NextInObject())
                {
                    var key = (string)_json.Value!;
                    KeyPosition(key, out var keyLine, out var keyColumn);
                    _builder.ConfigBackup.Set(key, ReadValue(), keyLine, keyColumn);
                }
                if (_builder.ConfigBackup.End()) server.ConfigBackup = config;
                _builder.BackupServer.Set(name, RawValue.Object, line, column);
            }
            if (_builder.BackupServer.End()) _builder.Inventory.BackupServer = server;
            return RawValue.Object;
        }

        private RawValue ReadValue()
        {
            NextOrEnded();
            return ValueHere();
        }

        /// <summary>The value at the current token; arrays are read entry by entry, objects skipped (no field holds one).</summary>
        private RawValue ValueHere()
        {
            switch (_json.TokenType)
            {
                case JsonToken.String:
                    return RawValue.FromString((string?)_json.Value);
                case JsonToken.Integer:
                    return _json.Value is long number ? RawValue.FromInteger(number) : RawValue.Number;
                case JsonToken.Float:
                    return RawValue.Number;
                case JsonToken.Boolean:
                    return RawValue.FromBoolean((bool)_json.Value!);
                case JsonToken.Null:
                case JsonToken.Undefined:
                    return RawValue.Absent;
                case JsonToken.StartArray:
                    var items = new List<RawValue>();
                    while (true)
                    {
                        NextOrEnded();
                        if (_json.TokenType == JsonToken.EndArray) break;
                        items.Add(ValueHere());
                    }
                    return RawValue.FromArray(items);
                default:
                    _json.Skip();
                    return RawValue.Object;
            }
        }

        /// <summary>Moves to the next property name of the current object; false at its end.</summary>
        private bool NextInObject()
        {
            NextOrEnded();
            return _json.TokenType == JsonToken.PropertyName;
        }

        private void NextOrEnded()
        {
            if (!Next()) throw JsonReaderExceptionAt("the file ends before the inventory is complete (a bracket or brace is not closed).");
        }

        private bool Next()
        {
            do
            {
                if (!_json.Read()) return false;
            }
            while (_json.TokenType == JsonToken.Comment);
            return true;
        }

        private JsonReaderException JsonReaderExceptionAt(string message) =>
            new JsonReaderException(message, _json.Path, _json.LineNumber, _json.LinePosition, null);

        /// <summary>Json.NET leaves the reader just past the colon after a key; the key starts its length and two quotes before.</summary>
        private void KeyPosition(string name, out int line, out int column)
        {
            line = _json.LineNumber;
            column = Math.Max(1, _json.LinePosition - name.Length - 2);
        }

        private static string Describe(JsonToken token)
        {
            switch (token)
            {
                case JsonToken.StartArray: return "a list";
                case JsonToken.StartObject: return "an object";
                case JsonToken.String: return "a string";
                case JsonToken.Integer:
                case JsonToken.Float: return "a number";
                case JsonToken.Boolean: return "true or false";
                case JsonToken.Null: return "null";
                // Json.NET also reads JavaScript that JSON does not have (undefined, new Date(...)); its token names mean
                // nothing to the engineer who wrote the file.
                case JsonToken.Undefined: return "undefined, which JSON does not have";
                case JsonToken.StartConstructor: return "a JavaScript constructor, which JSON does not have";
                default: return "something that is not a JSON value";
            }
        }

        /// <summary>Json.NET appends "Path 'x', line 2, position 9." to its messages; the problem carries the location itself.</summary>
        private static string WithoutLocation(string message)
        {
            var at = message.IndexOf(" Path '", StringComparison.Ordinal);
            if (at < 0) at = message.IndexOf(", line ", StringComparison.Ordinal);
            return at > 0 ? message.Substring(0, at) : message;
        }
    }
}
