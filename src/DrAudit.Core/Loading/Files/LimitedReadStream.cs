using System;
using System.IO;

namespace DrAudit.Core.Loading.Files
{
    /// <summary>A read-only stream over a file that throws once more than a set number of bytes has been read (a file that grew after its size was checked).</summary>
    internal sealed class LimitedReadStream : Stream
    {
        private readonly Stream _inner;
        private readonly long _limit;
        private readonly Func<Exception> _tooLarge;
        private long _read;

        public LimitedReadStream(Stream inner, long limit, Func<Exception> tooLarge)
        {
            _inner = inner;
            _limit = limit;
            _tooLarge = tooLarge;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => _inner.Length;
        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = _inner.Read(buffer, offset, count);
            _read += n;
            if (_read > _limit) throw _tooLarge();
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) _inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
