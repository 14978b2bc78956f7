using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace DrAudit.Core.Packs.Email
{
    /// <summary>
    /// A single-part RFC 5322 / MIME message holding one HTML body: Date, Subject (RFC 2047 encoded-words when it is
    /// not plain ASCII), MIME-Version, Content-Type text/html; charset=utf-8 and a base64 body in 76-character lines,
    /// CRLF line ends throughout. No From or To: the mail step that sends it sets them. No attachment.
    /// </summary>
    public static class EmailMessage
    {
        /// <summary>The longest subject kept, in characters (a longer one is cut with an ellipsis).</summary>
        public const int MaxSubjectChars = 200;

        private const string Crlf = "\r\n";

        /// <summary>The message as bytes (all ASCII).</summary>
        public static byte[] Build(string subject, string html, DateTimeOffset date)
        {
            if (html == null) throw new ArgumentNullException(nameof(html));
            var text = new StringBuilder();
            text.Append("Date: ").Append(date.ToUniversalTime().ToString("ddd, dd MMM yyyy HH':'mm':'ss '+0000'", CultureInfo.InvariantCulture)).Append(Crlf);
            text.Append(FoldedHeader("Subject", subject)).Append(Crlf);
            text.Append("MIME-Version: 1.0").Append(Crlf);
            // RFC 3834: a scheduled report, so vacation responders do not answer it.
            text.Append("Auto-Submitted: auto-generated").Append(Crlf);
            text.Append("Content-Type: text/html; charset=utf-8").Append(Crlf);
            text.Append("Content-Transfer-Encoding: base64").Append(Crlf);
            text.Append(Crlf);
            var body = Convert.ToBase64String(new UTF8Encoding(false).GetBytes(html));
            for (int i = 0; i < body.Length; i += 76)
                text.Append(body, i, Math.Min(76, body.Length - i)).Append(Crlf);
            return Encoding.ASCII.GetBytes(text.ToString());
        }

        /// <summary>"Subject: ..." with control characters replaced by spaces (so no header can be injected), cut to
        /// <see cref="MaxSubjectChars"/>, folded so no line exceeds 78 characters where it can be helped (998 always).</summary>
        public static string FoldedHeader(string name, string value)
        {
            var clean = new string((value ?? "").Select(c => char.IsControl(c) ? ' ' : c).ToArray()).Trim();
            while (clean.Contains("  ")) clean = clean.Replace("  ", " ");
            if (clean.Length > MaxSubjectChars)
            {
                var cut = MaxSubjectChars - 1;
                if (char.IsHighSurrogate(clean[cut - 1])) cut--;
                clean = clean.Substring(0, cut) + "\u2026";
            }
            IEnumerable<string> words = IsPlainAscii(clean) ? clean.Split(' ') : (IEnumerable<string>)EncodedWords(clean);
            var lines = new List<string>();
            var line = new StringBuilder(name + ":");
            foreach (var word in words.Where(w => w.Length > 0))
            {
                if (line.Length + 1 + word.Length > 78 && line.Length > name.Length + 1)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }
                line.Append(' ').Append(word);
            }
            lines.Add(line.ToString());
            return string.Join(Crlf, lines);
        }

        /// <summary>Printable ASCII that cannot be mistaken for an encoded-word.</summary>
        private static bool IsPlainAscii(string text) =>
            text.All(c => c >= 0x20 && c < 0x7f) && !text.Contains("=?");

        /// <summary>RFC 2047 "B" encoded-words of UTF-8 (at most 75 characters each; these are 64) never splitting a character.</summary>
        private static List<string> EncodedWords(string text)
        {
            const string prefix = "=?utf-8?B?";
            const string suffix = "?=";
            const int maxBytes = 39; // 52 base64 characters: 64 with prefix and suffix, 73 after "Subject: "
            var utf8 = new UTF8Encoding(false);
            var words = new List<string>();
            var chunk = new StringBuilder();
            var chunkBytes = 0;
            for (int i = 0; i < text.Length; i++)
            {
                var element = char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? text.Substring(i++, 2) : text[i].ToString();
                var bytes = utf8.GetByteCount(element);
                if (chunkBytes + bytes > maxBytes)
                {
                    words.Add(prefix + Convert.ToBase64String(utf8.GetBytes(chunk.ToString())) + suffix);
                    chunk.Clear();
                    chunkBytes = 0;
                }
                chunk.Append(element);
                chunkBytes += bytes;
            }
            if (chunk.Length > 0) words.Add(prefix + Convert.ToBase64String(utf8.GetBytes(chunk.ToString())) + suffix);
            return words;
        }
    }
}
