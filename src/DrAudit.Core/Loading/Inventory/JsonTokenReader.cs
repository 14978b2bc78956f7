using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Json;

namespace DrAudit.Core.Loading.Inventory
{
    /// <summary>
    /// Pulls JSON tokens one at a time from a stream with System.Text.Json's <see cref="Utf8JsonReader"/> over a
    /// reused buffer (no document, no text decoding but of the strings a caller keeps), and says where each token
    /// starts: line and column in characters, 1-based. Comments are skipped, at most <see cref="MaxDepth"/> levels
    /// of nesting are read, and a syntax error throws <see cref="JsonException"/> with its 0-based line and byte
    /// position (the last character's, in characters, when the input ends too soon). Strings that are not UTF-8 throw <see cref="DecoderFallbackException"/>.
    /// </summary>
    internal sealed class JsonTokenReader : IDisposable
    {
        private const int InitialBuffer = 1 << 16;

        private readonly Stream _stream;
        private readonly JsonReaderOptions _options;
        private byte[] _buffer = ArrayPool<byte>.Shared.Rent(InitialBuffer);
        private int _start;
        private int _end;
        private bool _final;
        private bool _begun;
        private JsonReaderState _state;
        // Where the bytes up to _start sit: every byte before it has been counted into _line and _column.
        private int _line = 1;
        private int _column = 1;
        private int _lineBytes;

        public JsonTokenReader(Stream stream, int maxDepth)
        {
            _stream = stream;
            MaxDepth = maxDepth;
            _options = new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = maxDepth, AllowMultipleValues = true };
            _state = new JsonReaderState(_options);
        }

        public int MaxDepth { get; }
        public JsonTokenType TokenType { get; private set; }
        /// <summary>Nesting of the current token (the document's object and its end: 0).</summary>
        public int Depth { get; private set; }
        public int Line { get; private set; }
        public int Column { get; private set; }
        /// <summary>The text of a string or property name.</summary>
        public string? Text { get; private set; }
        /// <summary>True for a number that is a whole number a long holds (<see cref="Integer"/>).</summary>
        public bool IsInteger { get; private set; }
        public long Integer { get; private set; }

        /// <summary>Moves to the next token; false at the end of the input.</summary>
        public bool Read()
        {
            while (true)
            {
                var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(_buffer, _start, _end - _start), _final, _state);
                bool read;
                try
                {
                    read = reader.Read();
                }
                catch (JsonException e) when (_final)
                {
                    throw AtLastCharacter(e);
                }
                if (read)
                {
                    var tokenStart = _start + (int)reader.TokenStartIndex;
                    Count(_start, tokenStart);
                    Line = _line;
                    Column = _column;
                    TokenType = reader.TokenType;
                    Depth = reader.CurrentDepth;
                    Text = null;
                    IsInteger = false;
                    if (TokenType == JsonTokenType.String || TokenType == JsonTokenType.PropertyName)
                        Text = Decode(ref reader);
                    else if (TokenType == JsonTokenType.Number)
                        IsInteger = reader.TryGetInt64(out var integer) && (Integer = integer) == integer;
                    var consumed = _start + (int)reader.BytesConsumed;
                    Count(tokenStart, consumed);
                    _start = consumed;
                    _state = reader.CurrentState;
                    return true;
                }
                var skipped = _start + (int)reader.BytesConsumed;
                Count(_start, skipped);
                _start = skipped;
                _state = reader.CurrentState;
                if (_final) return false;
                Fill();
            }
        }

        /// <summary>Skips the object or list the current token opens (nothing for any other token).</summary>
        public void Skip()
        {
            if (TokenType != JsonTokenType.StartObject && TokenType != JsonTokenType.StartArray) return;
            var depth = Depth;
            while (Read())
            {
                if (Depth == depth && (TokenType == JsonTokenType.EndObject || TokenType == JsonTokenType.EndArray)) return;
            }
        }

        public void Dispose()
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = Array.Empty<byte>();
        }

        /// <summary>Keeps the unread bytes, grows the buffer when one token fills it, and reads more.</summary>
        private void Fill()
        {
            var held = _end - _start;
            if (_start == 0 && held == _buffer.Length)
            {
                var bigger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
                Buffer.BlockCopy(_buffer, 0, bigger, 0, held);
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = bigger;
            }
            else if (_start > 0)
            {
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, held);
            }
            _start = 0;
            _end = held;
            if (!_begun)
            {
                _begun = true;
                _end += ReadSome(_end);
                SkipByteOrderMark();
                return;
            }
            var read = ReadSome(_end);
            _end += read;
            _final = read == 0;
        }

        private int ReadSome(int at)
        {
            var read = _stream.Read(_buffer, at, _buffer.Length - at);
            if (read == 0) _final = true;
            return read;
        }

        private void SkipByteOrderMark()
        {
            if (_end - _start >= 3 && _buffer[_start] == 0xEF && _buffer[_start + 1] == 0xBB && _buffer[_start + 2] == 0xBF) _start += 3;
        }

        /// <summary>A file that ends too soon is reported at its last character (System.Text.Json says: just past it).</summary>
        private JsonException AtLastCharacter(JsonException e)
        {
            int line = _line, column = _column, lineBytes = _lineBytes;
            for (var i = _start; i < _end; i++) Step(_buffer[i], ref line, ref column, ref lineBytes);
            var atEnd = e.LineNumber == line - 1 && e.BytePositionInLine == lineBytes;
            return atEnd && column > 1 ? new JsonException(e.Message, e.Path, line - 1, column - 2, e) : e;
        }

        private static void Step(byte b, ref int line, ref int column, ref int lineBytes)
        {
            if (b == (byte)'\n')
            {
                line++;
                column = 1;
                lineBytes = 0;
                return;
            }
            lineBytes++;
            if ((b & 0xC0) != 0x80) column++;
        }

        /// <summary>Counts lines and characters (UTF-8 lead bytes) in bytes [from, to).</summary>
        private void Count(int from, int to)
        {
            var buffer = _buffer;
            int line = _line, column = _column, lineBytes = _lineBytes;
            for (var i = from; i < to; i++) Step(buffer[i], ref line, ref column, ref lineBytes);
            _line = line;
            _column = column;
            _lineBytes = lineBytes;
        }

        private static string Decode(ref Utf8JsonReader reader)
        {
            try
            {
                return reader.GetString()!;
            }
            catch (InvalidOperationException e)
            {
                throw new DecoderFallbackException("A string is not valid UTF-8: " + e.Message);
            }
        }
    }
}
