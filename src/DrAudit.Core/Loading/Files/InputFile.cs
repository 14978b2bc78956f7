using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace DrAudit.Core.Loading.Files
{
    /// <summary>
    /// The one way every loader opens an input file (client definition, restore-test file, inventory, capture,
    /// logo, branding, fleet list). Only a regular file is read (links are followed, and a link to a FIFO, a
    /// device such as <c>/dev/zero</c> or a socket is refused before it is opened, so nothing hangs), and only up
    /// to a size limit checked before reading (<see cref="InputLimits"/>). Text must be UTF-8; a byte sequence
    /// that is not is a located problem, never silently replaced. Problems are thrown as
    /// <see cref="InputFileException"/> with codes FileNotFound, NotAFile, TooLarge, BadEncoding, FileUnreadable.
    /// </summary>
    public static class InputFile
    {
        private const int BufferSize = 1 << 16;

        /// <summary>UTF-8 that throws on bytes that are not UTF-8 (a byte-order mark is allowed and skipped).</summary>
        public static readonly Encoding StrictUtf8 = new UTF8Encoding(false, true);

        /// <summary>Checks <paramref name="path"/> is a regular file no larger than <paramref name="maxBytes"/>; returns its length.</summary>
        /// <param name="what">How messages name the file: "the client definition", "the logo".</param>
        public static long Check(string path, long maxBytes, string what)
        {
            if (Directory.Exists(path)) throw Problem(path, "NotAFile", $"{what} {path} is a folder; expected a file.");
            if (!File.Exists(path)) throw Problem(path, "FileNotFound", $"{what} {path} does not exist.");
            if (UnixFileType.IsRegularFile(path) == false)
            {
                throw Problem(path, "NotAFile",
                    $"{what} {path} is not a regular file (a pipe, a device or a socket, or a link to one); DrAudit reads only regular files.");
            }
            long length;
            try
            {
                length = new FileInfo(path).Length;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw Problem(path, "FileUnreadable", $"{what} {path} cannot be read: {e.Message}");
            }
            if (length > maxBytes) throw TooLarge(path, what, maxBytes, length);
            return length;
        }

        /// <summary>Opens a checked file for reading. The stream refuses to read past <paramref name="maxBytes"/> should the file grow.</summary>
        public static Stream OpenRead(string path, long maxBytes, string what)
        {
            Check(path, maxBytes, what);
            try
            {
                var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.SequentialScan);
                return new LimitedReadStream(stream, maxBytes, () => TooLarge(path, what, maxBytes, null));
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw Problem(path, "FileUnreadable", $"{what} {path} cannot be read: {e.Message}");
            }
        }

        /// <summary>Opens a checked file as strict UTF-8 text (a <see cref="DecoderFallbackException"/> is thrown while reading bytes that are not UTF-8).</summary>
        public static StreamReader OpenText(string path, long maxBytes, string what) =>
            new StreamReader(OpenRead(path, maxBytes, what), StrictUtf8, true, BufferSize);

        /// <summary>Every byte of a checked file.</summary>
        public static byte[] ReadBytes(string path, long maxBytes, string what)
        {
            using (var stream = OpenRead(path, maxBytes, what))
            {
                try
                {
                    // Sized to the file, so the bytes are read into one array and (unless the file changed meanwhile) kept without a copy.
                    using (var copy = new MemoryStream((int)Math.Min(stream.Length, maxBytes)))
                    {
                        stream.CopyTo(copy);
                        return copy.Length == copy.Capacity ? copy.GetBuffer() : copy.ToArray();
                    }
                }
                catch (IOException e)
                {
                    throw Problem(path, "FileUnreadable", $"{what} {path} cannot be read: {e.Message}");
                }
            }
        }

        /// <summary>The text of a checked file; bytes that are not UTF-8 are a BadEncoding problem at their line and column.</summary>
        public static string ReadText(string path, long maxBytes, string what) => DecodeUtf8(ReadBytes(path, maxBytes, what), path);

        /// <summary>Decodes UTF-8 (skipping a byte-order mark); bytes that are not UTF-8 throw a BadEncoding problem at their line and column.</summary>
        public static string DecodeUtf8(byte[] bytes, string file)
        {
            var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            try
            {
                return StrictUtf8.GetString(bytes, start, bytes.Length - start);
            }
            catch (DecoderFallbackException)
            {
                using (var stream = new MemoryStream(bytes, start, bytes.Length - start))
                {
                    throw new InputFileException(LocateBadEncoding(stream, file));
                }
            }
        }

        /// <summary>
        /// Where the first byte that is not UTF-8 sits in a checked file (after a <see cref="DecoderFallbackException"/>
        /// from <see cref="OpenText"/>: the decoder reads ahead in blocks, so only a second pass can say where).
        /// </summary>
        public static DefinitionProblem LocateBadEncoding(string path)
        {
            using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize))
            {
                var bom = new byte[3];
                var n = stream.Read(bom, 0, 3);
                if (n < 3 || bom[0] != 0xEF || bom[1] != 0xBB || bom[2] != 0xBF) stream.Position = 0;
                return LocateBadEncoding(stream, path);
            }
        }

        /// <summary>Scans UTF-8 bytes for the first invalid sequence; its line and column (in characters), or 1:1 when none is found.</summary>
        private static DefinitionProblem LocateBadEncoding(Stream stream, string file)
        {
            var buffer = new byte[BufferSize + 4];
            int kept = 0, line = 1, column = 1;
            while (true)
            {
                var read = stream.Read(buffer, kept, BufferSize);
                var end = kept + read;
                var atEnd = read == 0;
                var i = 0;
                // Keep up to three bytes back until more is read, so a sequence split between reads is judged whole.
                while (i < end && (atEnd || end - i >= 4))
                {
                    var length = SequenceLength(buffer, i, end);
                    if (length == 0) return BadEncoding(file, line, column);
                    if (buffer[i] == (byte)'\n')
                    {
                        line++;
                        column = 1;
                    }
                    else
                    {
                        column += length == 4 ? 2 : 1;
                    }
                    i += length;
                }
                if (atEnd) return BadEncoding(file, 1, 1);
                kept = end - i;
                Array.Copy(buffer, i, buffer, 0, kept);
            }
        }

        /// <summary>The problem for text that is not UTF-8 at a place.</summary>
        public static DefinitionProblem BadEncoding(string file, int line, int column) =>
            new DefinitionProblem(file, line, column, "BadEncoding", "the file is not UTF-8 text here (save it as UTF-8).");

        /// <summary>The length of the valid UTF-8 sequence at <paramref name="i"/>, or 0 when it is not one.</summary>
        private static int SequenceLength(byte[] b, int i, int end)
        {
            var lead = b[i];
            if (lead < 0x80) return 1;
            int length, min;
            if (lead >= 0xC2 && lead <= 0xDF) { length = 2; min = 0x80; }
            else if (lead >= 0xE0 && lead <= 0xEF) { length = 3; min = 0x800; }
            else if (lead >= 0xF0 && lead <= 0xF4) { length = 4; min = 0x10000; }
            else return 0;
            if (i + length > end) return 0;
            var code = lead & (0xFF >> (length + 1));
            for (var k = 1; k < length; k++)
            {
                if ((b[i + k] & 0xC0) != 0x80) return 0;
                code = (code << 6) | (b[i + k] & 0x3F);
            }
            if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return 0;
            return length;
        }

        private static InputFileException TooLarge(string path, string what, long maxBytes, long? length) =>
            Problem(path, "TooLarge", $"{what} {path} is {(length == null ? "larger than that" : Size(length.Value))}; DrAudit reads at most {Size(maxBytes)} (docs/limits.md).");

        private static string Size(long bytes) =>
            bytes >= 1024 * 1024
                ? (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture) + " MB"
                : bytes.ToString(CultureInfo.InvariantCulture) + " bytes";

        private static InputFileException Problem(string path, string code, string message) =>
            new InputFileException(new DefinitionProblem(path, 0, 0, code, message));
    }
}
