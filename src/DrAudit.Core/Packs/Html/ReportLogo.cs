using System;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using DrAudit.Core.Loading.Files;

namespace DrAudit.Core.Packs.Html
{
    /// <summary>
    /// Reads a report logo: a regular file of at most <see cref="InputLimits.LogoBytes"/> whose content (not its name)
    /// is a PNG, JPEG, GIF or SVG image, returned as a data URI. An SVG must be plain drawing: no script, no
    /// foreignObject, no event handlers and no reference outside itself (the report shows the logo in an
    /// <c>img</c>, where none of these would run, but the pack may be opened by other tools). Anything else,
    /// such as a logo linked to a secret file, is refused with <see cref="InvalidDataException"/> before it is embedded.
    /// </summary>
    public static class ReportLogo
    {
        private static readonly byte[] Png = { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A };
        private static readonly byte[] Jpeg = { 0xFF, 0xD8, 0xFF };
        private static readonly byte[] Gif87 = Encoding.ASCII.GetBytes("GIF87a");
        private static readonly byte[] Gif89 = Encoding.ASCII.GetBytes("GIF89a");
        private static readonly Regex SvgRoot = new Regex(@"^\s*(<\?xml[^>]*\?>\s*)?(<!--.*?-->\s*|<!DOCTYPE[^>\[]*>\s*)*<svg[\s>]",
            RegexOptions.CultureInvariant | RegexOptions.Singleline | RegexOptions.IgnoreCase);
        private static readonly Regex SvgDanger = new Regex(
            @"<\s*(script|foreignObject|iframe|embed|object)\b|\son[a-z]+\s*=|(href|src)\s*=\s*[""']\s*(?!#|data:image/(png|jpeg|gif);)|url\(\s*[""']?\s*(?!#)|<!ENTITY|@import",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        /// <summary>The logo at <paramref name="path"/> as a data URI. Throws <see cref="InvalidDataException"/> naming the problem.</summary>
        public static string DataUri(string path)
        {
            byte[] bytes;
            try
            {
                bytes = InputFile.ReadBytes(path, InputLimits.LogoBytes, "the logo");
            }
            catch (InputFileException e) when (e.Problem.Code == "FileNotFound")
            {
                throw new FileNotFoundException("The logo file " + path + " does not exist.", path, e);
            }
            catch (InputFileException e)
            {
                throw new InvalidDataException(e.Problem.Message, e);
            }
            return "data:" + MimeType(bytes, path) + ";base64," + Convert.ToBase64String(bytes);
        }

        private static string MimeType(byte[] bytes, string path)
        {
            if (StartsWith(bytes, Png)) return "image/png";
            if (StartsWith(bytes, Jpeg)) return "image/jpeg";
            if (StartsWith(bytes, Gif87) || StartsWith(bytes, Gif89)) return "image/gif";
            string text;
            try
            {
                text = InputFile.DecodeUtf8(bytes, path);
            }
            catch (InputFileException)
            {
                throw NotAnImage(path);
            }
            if (!SvgRoot.IsMatch(text)) throw NotAnImage(path);
            var danger = SvgDanger.Match(text);
            if (danger.Success)
                throw new InvalidDataException("The logo " + path + " is an SVG with active or external content ('" + danger.Value.Trim() +
                    "'); a logo may hold only drawing: no script, foreignObject, event handlers or references outside the file.");
            return "image/svg+xml";
        }

        private static InvalidDataException NotAnImage(string path) =>
            new InvalidDataException("The logo " + path + " is not a PNG, JPEG, GIF or SVG image (judged by its content, not its name).");

        private static bool StartsWith(byte[] bytes, byte[] prefix)
        {
            if (bytes.Length < prefix.Length) return false;
            for (var i = 0; i < prefix.Length; i++)
                if (bytes[i] != prefix[i]) return false;
            return true;
        }
    }
}
