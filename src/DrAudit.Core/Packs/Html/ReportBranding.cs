using System;
using System.IO;
using System.Text.RegularExpressions;

namespace DrAudit.Core.Packs.Html
{
    /// <summary>The MSP's branding on a report: its name, a logo (embedded as a data URI) and an accent colour.</summary>
    public sealed class ReportBranding
    {
        public const string DefaultAccentColor = "#1f4e79";
        public const long MaxLogoBytes = 1024 * 1024;

        private static readonly Regex Colour = new Regex("^#[0-9a-fA-F]{6}$", RegexOptions.CultureInvariant);

        private string _accentColor = DefaultAccentColor;

        /// <summary>Shown on the cover and in the footer; null: the client definition's <c>client.msp</c>.</summary>
        public string? MspName { get; set; }

        /// <summary>A .png, .svg, .jpg or .jpeg file (at most 1 MiB), embedded in the report as a data URI.</summary>
        public string? LogoPath { get; set; }

        /// <summary>#rrggbb.</summary>
        public string AccentColor
        {
            get => _accentColor;
            set
            {
                if (!IsColour(value)) throw new ArgumentException(ColourProblem(value), nameof(AccentColor));
                _accentColor = value.ToLowerInvariant();
            }
        }

        /// <summary>True for a colour of the form #rrggbb.</summary>
        public static bool IsColour(string? value) => value != null && Colour.IsMatch(value);

        internal static string ColourProblem(string? value) =>
            "the accent colour '" + value + "' is not a colour of the form #rrggbb (for example " + DefaultAccentColor + ").";

        /// <summary>The logo as a data URI, or null without a logo. Throws when the file is missing, too large or not an image type.</summary>
        public string? LogoDataUri()
        {
            if (string.IsNullOrEmpty(LogoPath)) return null;
            var mime = MimeType(LogoPath!);
            var file = new FileInfo(LogoPath);
            if (!file.Exists) throw new FileNotFoundException("The logo file " + LogoPath + " does not exist.", LogoPath);
            if (file.Length > MaxLogoBytes) throw new InvalidDataException("The logo file " + LogoPath + " is larger than 1 MiB.");
            return "data:" + mime + ";base64," + Convert.ToBase64String(File.ReadAllBytes(file.FullName));
        }

        private static string MimeType(string path)
        {
            switch (Path.GetExtension(path).ToLowerInvariant())
            {
                case ".png": return "image/png";
                case ".svg": return "image/svg+xml";
                case ".jpg":
                case ".jpeg": return "image/jpeg";
                default: throw new InvalidDataException("The logo " + path + " must be a .png, .svg or .jpg file.");
            }
        }
    }
}
