using System;
using System.IO;
using System.Text.RegularExpressions;
using DrAudit.Core.Loading.Files;

namespace DrAudit.Core.Packs.Html
{
    /// <summary>The MSP's branding on a report: its name, a logo (embedded as a data URI) and an accent colour.</summary>
    public sealed class ReportBranding
    {
        public const string DefaultAccentColor = "#1f4e79";
        public const long MaxLogoBytes = InputLimits.LogoBytes;

        private static readonly Regex Colour = new Regex("^#[0-9a-fA-F]{6}$", RegexOptions.CultureInvariant);

        private string _accentColor = DefaultAccentColor;
        private string? _logoPath;
        private string? _logoDataUri;

        /// <summary>Shown on the cover and in the footer; null: the client definition's <c>client.msp</c>.</summary>
        public string? MspName { get; set; }

        /// <summary>A PNG, JPEG, GIF or SVG image (judged by content; at most 2 MB), embedded in the report as a data URI.</summary>
        public string? LogoPath
        {
            get => _logoPath;
            set
            {
                _logoPath = value;
                _logoDataUri = null;
            }
        }

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

        /// <summary>
        /// The logo as a data URI, or null without a logo; read once (<see cref="ReportLogo"/>). Throws
        /// <see cref="FileNotFoundException"/> when the file is missing and <see cref="InvalidDataException"/> when it is
        /// not a regular file, too large, or not a safe PNG, JPEG, GIF or SVG image.
        /// </summary>
        public string? LogoDataUri()
        {
            if (string.IsNullOrEmpty(LogoPath)) return null;
            return _logoDataUri ??= ReportLogo.DataUri(LogoPath!);
        }
    }
}
