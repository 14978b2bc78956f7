using System.IO;
using System.Text;

namespace DrAudit.Core.Text
{
    /// <summary>A text writer that passes everything through <see cref="SafeText.ForConsole"/> on its way to the
    /// terminal: the command line wraps its standard output and error in one, so no data reaches the console raw.</summary>
    public sealed class SafeTextWriter : TextWriter
    {
        private readonly TextWriter _inner;
        private char _pendingHigh;

        public SafeTextWriter(TextWriter inner)
        {
            _inner = inner;
        }

        public override Encoding Encoding => _inner.Encoding;

        public override void Write(char value)
        {
            if (_pendingHigh != '\0')
            {
                var high = _pendingHigh;
                _pendingHigh = '\0';
                if (char.IsLowSurrogate(value)) { _inner.Write(high); _inner.Write(value); return; }
                _inner.Write(SafeText.Replacement);
            }
            if (char.IsHighSurrogate(value)) { _pendingHigh = value; return; }
            _inner.Write(SafeText.ForConsole(value.ToString()));
        }

        public override void Write(string? value)
        {
            if (value == null || value.Length == 0) return;
            if (_pendingHigh != '\0' || char.IsHighSurrogate(value[value.Length - 1]))
            {
                foreach (var c in value) Write(c);
                return;
            }
            _inner.Write(SafeText.ForConsole(value));
        }

        public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

        public override void WriteLine(string? value)
        {
            Write(value);
            WriteLine();
        }

        public override void WriteLine() => Write(CoreNewLine, 0, CoreNewLine.Length);

        public override void Flush()
        {
            _inner.Flush();
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) _inner.Flush();
            base.Dispose(disposing);
        }
    }
}
