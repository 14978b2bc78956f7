using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using System.Text.Json;
using DrAudit.Core.Loading.Files;
using InventoryModel = DrAudit.Core.Model.Inventory.Inventory;

namespace DrAudit.Core.Loading.Inventory
{
    /// <summary>Reads an inventory JSON file by streaming its tokens with System.Text.Json (<see cref="JsonTokenReader"/>:
    /// no tree of the whole file is built, no text decoded but the values kept), so an
    /// inventory of hundreds of thousands of runs and points reads in seconds. Problems are located at the key
    /// they concern (a missing key: at the object's opening brace).</summary>
    internal sealed class InventoryJsonReader
    {
        private const int RecordsBetweenCancellationChecks = 1024;

        private readonly string _file;
        private readonly JsonTokenReader _json;
        private readonly CancellationToken _cancellation;
        private readonly InventoryBuilder _builder = new InventoryBuilder();
        private int _records;

        private InventoryJsonReader(JsonTokenReader json, string file, CancellationToken cancellation)
        {
            _file = file;
            _cancellation = cancellation;
            _json = json;
        }

        public static InventoryModel Read(string file, CancellationToken cancellation)
        {
            using (var stream = InputFile.OpenRead(file, InputLimits.InventoryBytes, "the inventory"))
            {
                return Read(stream, file, cancellation);
            }
        }

        /// <summary>Reads UTF-8 JSON from <paramref name="stream"/>; <paramref name="file"/> names it in problems.</summary>
        public static InventoryModel Read(Stream stream, string file, CancellationToken cancellation)
        {
            using (var json = new JsonTokenReader(stream, InputLimits.NestingDepth))
            {
                var reader = new InventoryJsonReader(json, file, cancellation);
                try
                {
                    reader.ReadDocument();
                }
                catch (JsonException e)
                {
                    var line = (int)(e.LineNumber ?? -1) + 1;
                    reader.Problems.Add(file, line, Math.Max(line > 0 ? 1 : 0, (int)(e.BytePositionInLine ?? -1) + 1), "JsonSyntax", WithoutLocation(e.Message));
                }
                catch (DecoderFallbackException)
                {
                    var bad = File.Exists(file)
                        ? InputFile.LocateBadEncoding(file)
                        : InputFile.BadEncoding(file, Math.Max(1, json.Line), Math.Max(1, json.Column));
                    reader.Problems.Add(bad.File, bad.Line, bad.Column, bad.Code, bad.Message);
                }
                return reader._builder.Finish();
            }
        }

        private ProblemCollector Problems => _builder.Problems;

        private void ReadDocument()
        {
            if (!Next())
            {
                Problems.Add(_file, 0, 0, "JsonSyntax", "the file is empty; it must hold one inventory object.");
                return;
            }
            if (_json.TokenType != JsonTokenType.StartObject)
            {
                Problems.Add(_file, _json.Line, _json.Column, "WrongType",
                    "an inventory file must hold one JSON object ({ \"apiVersion\": \"draudit/v1\", ... }), found " + Describe(_json.TokenType) + ".");
                return;
            }
            var header = new RecordBuilder<InventoryModel>(InventorySchemas.JsonHeader, Problems, null);
            header.Begin(_file, _json.Line, _json.Column, _builder.Inventory);
            while (NextInObject())
            {
                var name = _json.Text!;
                var line = _json.Line;
                var column = _json.Column;
                RawValue value;
                switch (name)
                {
                    case InventorySchemas.RepositoriesField: value = ReadList(_builder.Repositories, name); break;
                    case InventorySchemas.JobsField: value = ReadList(_builder.Jobs, name); break;
                    case InventorySchemas.RunsField: value = ReadList(_builder.Runs, name); break;
                    case InventorySchemas.RestorePointsField: value = ReadList(_builder.RestorePoints, name); break;
                    case InventorySchemas.DiscoveredField:
                        value = ReadList(_builder.Discovered, name);
                        if (value.IsGiven && _json.TokenType == JsonTokenType.EndArray) _builder.DiscoveredGiven();
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
                Problems.Add(_file, _json.Line, _json.Column, "JsonSyntax",
                    "there is more after the inventory object; a file holds exactly one inventory.");
            }
        }

        /// <summary>Reads a list of records; returns a given marker (or absent for null) for the header's bookkeeping.</summary>
        private RawValue ReadList<T>(RecordBuilder<T> builder, string name) where T : class, new()
        {
            NextOrEnded();
            if (_json.TokenType == JsonTokenType.Null) return RawValue.Absent;
            if (_json.TokenType != JsonTokenType.StartArray)
            {
                Problems.Add(_file, _json.Line, _json.Column, "WrongType",
                    "'" + name + "' must be a list of objects ([ { ... } ]), found " + Describe(_json.TokenType) + ".");
                _json.Skip();
                return RawValue.FromArray(null);
            }
            while (true)
            {
                NextOrEnded();
                if (_json.TokenType == JsonTokenType.EndArray) break;
                if (_json.TokenType == JsonTokenType.StartObject)
                {
                    ReadRecord(builder);
                }
                else
                {
                    Problems.Add(_file, _json.Line, _json.Column, "WrongType",
                        "each entry of '" + name + "' must be an object ({ ... }), found " + Describe(_json.TokenType) + ".");
                    _json.Skip();
                }
                if (Problems.Full) break;
                if (++_records % RecordsBetweenCancellationChecks == 0) _cancellation.ThrowIfCancellationRequested();
            }
            return RawValue.FromArray(null);
        }

        private void ReadRecord<T>(RecordBuilder<T> builder) where T : class, new()
        {
            builder.Begin(_file, _json.Line, _json.Column);
            while (NextInObject())
            {
                var name = _json.Text!;
                var line = _json.Line;
                var column = _json.Column;
                builder.Set(name, ReadValue(), line, column);
            }
            builder.End();
        }

        /// <summary>Reads <c>backupServer</c> and its nested <c>configBackup</c> (v1.1) as strictly as any record;
        /// the server is kept only when neither has a problem.</summary>
        private RawValue ReadBackupServer()
        {
            NextOrEnded();
            if (_json.TokenType != JsonTokenType.StartObject) return ValueHere();
            var server = new Model.Inventory.BackupServer();
            _builder.BackupServer.Begin(_file, _json.Line, _json.Column, server);
            while (NextInObject())
            {
                var name = _json.Text!;
                var line = _json.Line;
                var column = _json.Column;
                if (name != InventorySchemas.ConfigBackupField)
                {
                    _builder.BackupServer.Set(name, ReadValue(), line, column);
                    continue;
                }
                NextOrEnded();
                if (_json.TokenType != JsonTokenType.StartObject)
                {
                    _builder.BackupServer.Set(name, ValueHere(), line, column);
                    continue;
                }
                var config = new Model.Inventory.ConfigurationBackup();
                _builder.ConfigBackup.Begin(_file, _json.Line, _json.Column, config);
                while (NextInObject())
                {
                    var key = _json.Text!;
                    var keyLine = _json.Line;
                    var keyColumn = _json.Column;
                    _builder.ConfigBackup.Set(key, ReadValue(), keyLine, keyColumn);
                }
                if (_builder.ConfigBackup.End() != null) server.ConfigBackup = config;
                _builder.BackupServer.Set(name, RawValue.Object, line, column);
            }
            if (_builder.BackupServer.End() != null) _builder.Inventory.BackupServer = server;
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
                case JsonTokenType.String:
                    return RawValue.FromString(_json.Text);
                case JsonTokenType.Number:
                    return _json.IsInteger ? RawValue.FromInteger(_json.Integer) : RawValue.Number;
                case JsonTokenType.True:
                    return RawValue.FromBoolean(true);
                case JsonTokenType.False:
                    return RawValue.FromBoolean(false);
                case JsonTokenType.Null:
                    return RawValue.Absent;
                case JsonTokenType.StartArray:
                    var items = new List<RawValue>();
                    while (true)
                    {
                        NextOrEnded();
                        if (_json.TokenType == JsonTokenType.EndArray) break;
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
            return _json.TokenType == JsonTokenType.PropertyName;
        }

        private void NextOrEnded()
        {
            if (!Next()) throw JsonReaderExceptionAt("the file ends before the inventory is complete (a bracket or brace is not closed).");
        }

        private bool Next() => _json.Read();

        private JsonException JsonReaderExceptionAt(string message) =>
            new JsonException(message, null, _json.Line - 1, _json.Column - 1);

        private static string Describe(JsonTokenType token)
        {
            switch (token)
            {
                case JsonTokenType.StartArray: return "a list";
                case JsonTokenType.StartObject: return "an object";
                case JsonTokenType.String: return "a string";
                case JsonTokenType.Number: return "a number";
                case JsonTokenType.True:
                case JsonTokenType.False: return "true or false";
                case JsonTokenType.Null: return "null";
                default: return token.ToString();
            }
        }

        /// <summary>System.Text.Json ends its messages with "LineNumber: 5 | BytePositionInLine: 9."; the problem carries the location itself.</summary>
        private static string WithoutLocation(string message)
        {
            var at = message.IndexOf(" Path: ", StringComparison.Ordinal);
            if (at < 0) at = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
            return at > 0 ? message.Substring(0, at).TrimEnd() : message;
        }
    }
}
