using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using DrAudit.Core.Loading.Files;

namespace DrAudit.Core.Loading.Inventory
{
    /// <summary>
    /// Streams the records of an RFC 4180 CSV text: fields separated by commas, records by CRLF or LF; a field in
    /// double quotes may hold commas, line breaks and doubled quotes (<c>""</c>). Spaces around an unquoted field
    /// are dropped (quote a value to keep them). Blank lines are skipped. A malformed record (a quote inside an
    /// unquoted field, text after a closing quote, a quote never closed) is reported as <c>CsvFormat</c> with its
    /// line and column and skipped to the end of its line; the next record is read as usual.
    /// </summary>
    internal sealed class CsvRecordReader
    {
        private const int End = -1;

        private readonly TextReader _text;
        private readonly string _file;
        private readonly BoundedProblemCollector _problems;
        private readonly char[] _buffer = new char[1 << 16];
        private readonly StringBuilder _field = new StringBuilder();
        private int _length;
        private int _position;
        private int _line = 1;
        private int _column = 1;

        public CsvRecordReader(TextReader text, string file, BoundedProblemCollector problems)
        {
            _text = text;
            _file = file;
            _problems = problems;
        }

        /// <summary>Line the last record read starts on.</summary>
        public int RecordLine { get; private set; }

        /// <summary>Reads the next well-formed record into <paramref name="fields"/>; false at the end of the text.</summary>
        public bool Read(List<CsvField> fields)
        {
            while (true)
            {
                fields.Clear();
                SkipBlankLines();
                if (Peek() == End) return false;
                RecordLine = _line;
                if (ReadRecord(fields)) return true;
                SkipRestOfLine();
            }
        }

        private bool ReadRecord(List<CsvField> fields)
        {
            while (true)
            {
                SkipSpaces();
                var line = _line;
                var column = _column;
                _field.Clear();
                var quoted = Peek() == '"';
                if (quoted)
                {
                    if (!ReadQuoted(line, column)) return false;
                    SkipSpaces();
                    var after = Peek();
                    if (after != ',' && !IsLineEnd(after))
                    {
                        return Malformed("text after the closing quote of a quoted field; double a quote inside a quoted field (\"\").");
                    }
                }
                else if (!ReadUnquoted())
                {
                    return false;
                }
                if (fields.Count == InputLimits.CsvFieldsPerRow)
                {
                    _problems.Add(_file, line, column, "CsvFormat", "this row has more than " + InputLimits.CsvFieldsPerRow.ToString("N0", CultureInfo.InvariantCulture) + " fields; DrAudit reads at most that (docs/limits.md).");
                    return false;
                }
                fields.Add(new CsvField(_field.ToString(), quoted, line, column));
                var next = Next();
                if (next != ',')
                {
                    return true;
                }
            }
        }

        private bool ReadQuoted(int line, int column)
        {
            Next();
            while (true)
            {
                var c = Next();
                if (c == End)
                {
                    _problems.Add(_file, line, column, "CsvFormat", "a quoted field starts here and its closing quote is missing.");
                    return false;
                }
                if (c == '"')
                {
                    if (Peek() != '"') return true;
                    Next();
                }
                _field.Append((char)c);
                if (_field.Length > InputLimits.CsvFieldChars) return TooLong(line, column);
            }
        }

        private bool ReadUnquoted()
        {
            while (true)
            {
                var c = Peek();
                if (c == ',' || IsLineEnd(c))
                {
                    TrimEnd();
                    return true;
                }
                if (c == '"') return Malformed("a quote inside an unquoted field; quote the whole field and double the quote (\"\").");
                _field.Append((char)Next());
                if (_field.Length > InputLimits.CsvFieldChars) return TooLong(_line, _column - _field.Length);
            }
        }

        private bool TooLong(int line, int column)
        {
            _problems.Add(_file, line, Math.Max(1, column), "CsvFormat",
                "a field longer than " + InputLimits.CsvFieldChars.ToString("N0", CultureInfo.InvariantCulture) + " characters starts here; DrAudit reads at most that (docs/limits.md).");
            _field.Clear();
            return false;
        }

        private bool Malformed(string message)
        {
            _problems.Add(_file, _line, _column, "CsvFormat", message);
            return false;
        }

        private void TrimEnd()
        {
            var n = _field.Length;
            while (n > 0 && (_field[n - 1] == ' ' || _field[n - 1] == '\t')) n--;
            _field.Length = n;
        }

        private void SkipSpaces()
        {
            while (Peek() == ' ' || Peek() == '\t') Next();
        }

        private void SkipBlankLines()
        {
            while (true)
            {
                var c = Peek();
                if (c == '\r' || c == '\n') Next();
                else return;
            }
        }

        private void SkipRestOfLine()
        {
            while (!IsLineEnd(Peek())) Next();
            Next();
        }

        private static bool IsLineEnd(int c) => c == '\n' || c == '\r' || c == End;

        private int Peek()
        {
            if (_position == _length)
            {
                _length = _text.Read(_buffer, 0, _buffer.Length);
                _position = 0;
                if (_length <= 0)
                {
                    _length = 0;
                    return End;
                }
            }
            return _buffer[_position];
        }

        /// <summary>Consumes one character, counting lines; a CRLF pair is returned as one '\n'.</summary>
        private int Next()
        {
            var c = Peek();
            if (c == End) return End;
            _position++;
            if (c == '\r')
            {
                if (Peek() == '\n') _position++;
                c = '\n';
            }
            if (c == '\n')
            {
                _line++;
                _column = 1;
            }
            else
            {
                _column++;
            }
            return c;
        }
    }
}
