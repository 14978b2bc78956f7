using System;
using System.IO;
using System.Linq;
using DrAudit.Core.Loading.Files;
using DrAudit.Core.Loading.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DrAudit.Core.Packs.Html
{
    /// <summary>How the HTML report is rendered: the MSP's branding and an optional folder of templates that replace
    /// the built-in ones file by file.</summary>
    public sealed class HtmlReportOptions
    {
        public ReportBranding Branding { get; set; } = new ReportBranding();

        /// <summary>A folder whose files (report.liquid, styles.css, ...) replace the built-in templates of the same name.</summary>
        public string? TemplatePath { get; set; }

        /// <summary>Who the report is for (default: the client).</summary>
        public ReportAudience Audience { get; set; } = ReportAudience.Client;

        /// <summary>Replace host names and addresses with [host] / [address] in the report.</summary>
        public bool RedactHosts { get; set; }

        /// <summary>Reads "client" or "internal" (any case); throws <see cref="InvalidDataException"/> otherwise.</summary>
        public static ReportAudience ParseAudience(string text) =>
            string.Equals(text, "client", StringComparison.OrdinalIgnoreCase) ? ReportAudience.Client
            : string.Equals(text, "internal", StringComparison.OrdinalIgnoreCase) ? ReportAudience.Internal
            : throw new InvalidDataException("The audience is client or internal, not '" + text + "'.");

        /// <summary>Reads what to redact: "hosts" (the only kind today); throws <see cref="InvalidDataException"/> otherwise.</summary>
        public static bool ParseRedaction(string text) =>
            text.Split(',').Select(t => t.Trim()).All(t => string.Equals(t, "hosts", StringComparison.OrdinalIgnoreCase))
                ? true : throw new InvalidDataException("--redact takes 'hosts', not '" + text + "'.");

        /// <summary>The options both front ends build from their arguments: a branding file (optional) with any
        /// explicitly given value taking precedence. Paths must already be absolute. Throws
        /// <see cref="InvalidDataException"/> for a bad branding file or colour, naming what is wrong.</summary>
        public static HtmlReportOptions From(string? brandingFile, string? mspName, string? logoPath, string? accentColor, string? templatePath)
        {
            if (brandingFile != null && !File.Exists(brandingFile)) throw new InvalidDataException("The branding file " + brandingFile + " does not exist.");
            var options = brandingFile == null ? new HtmlReportOptions() : FromBrandingFile(brandingFile);
            if (mspName != null) options.Branding.MspName = mspName;
            if (logoPath != null)
            {
                if (!File.Exists(logoPath)) throw new InvalidDataException("The logo file " + logoPath + " does not exist.");
                options.Branding.LogoPath = logoPath;
            }
            // The logo is read and judged now, before any source is collected, so a bad logo is bad input, not a failed pack.
            options.Branding.LogoDataUri();
            if (accentColor != null)
            {
                if (!ReportBranding.IsColour(accentColor)) throw new InvalidDataException(ReportBranding.ColourProblem(accentColor));
                options.Branding.AccentColor = accentColor;
            }
            if (templatePath != null)
            {
                if (!Directory.Exists(templatePath)) throw new InvalidDataException("The template folder " + templatePath + " does not exist.");
                options.TemplatePath = templatePath;
            }
            return options;
        }

        /// <summary>
        /// Reads a branding file (YAML or JSON) with the keys <c>mspName</c>, <c>logo</c>, <c>accentColor</c> and
        /// <c>templatePath</c>, all optional; paths are relative to the file. Throws <see cref="InvalidDataException"/>
        /// naming the file (and line) for an unknown key, a value that is not text, a bad colour or a missing logo.
        /// </summary>
        public static HtmlReportOptions FromBrandingFile(string path)
        {
            var full = Path.GetFullPath(path);
            var folder = Path.GetDirectoryName(full) ?? ".";
            var options = new HtmlReportOptions();
            YamlMappingNode mapping;
            try
            {
                var stream = GuardedYamlParser.Load(new StringReader(InputFile.ReadText(full, InputLimits.SmallYamlBytes, "the branding file")));
                if (stream.Documents.Count == 0) return options;
                mapping = stream.Documents[0].RootNode as YamlMappingNode
                    ?? throw new InvalidDataException(full + ": a branding file is a mapping of mspName, logo, accentColor and templatePath.");
            }
            catch (GuardedYamlException e)
            {
                throw new InvalidDataException(full + ":" + e.Start.Line + ":" + e.Start.Column + ": " + e.Reason, e);
            }
            catch (YamlException e)
            {
                throw new InvalidDataException(full + ":" + e.Start.Line + ":" + e.Start.Column + ": " + e.Message, e);
            }
            catch (InputFileException e)
            {
                throw new InvalidDataException(e.Problem.ToString(), e);
            }

            foreach (var entry in mapping.Children)
            {
                var key = (entry.Key as YamlScalarNode)?.Value ?? "";
                var where = full + ":" + entry.Key.Start.Line + ":" + entry.Key.Start.Column;
                var value = entry.Value as YamlScalarNode ?? throw new InvalidDataException(where + ": '" + key + "' must be text.");
                var text = value.Value ?? "";
                switch (key)
                {
                    case "mspName": options.Branding.MspName = text; break;
                    case "logo":
                        options.Branding.LogoPath = Path.GetFullPath(Path.Combine(folder, text));
                        if (!File.Exists(options.Branding.LogoPath)) throw new InvalidDataException(where + ": the logo file " + options.Branding.LogoPath + " does not exist.");
                        break;
                    case "templatePath": options.TemplatePath = Path.GetFullPath(Path.Combine(folder, text)); break;
                    case "accentColor":
                        if (!ReportBranding.IsColour(text)) throw new InvalidDataException(where + ": accentColor: " + ReportBranding.ColourProblem(text));
                        options.Branding.AccentColor = text;
                        break;
                    default:
                        throw new InvalidDataException(where + ": unknown key '" + key + "' (expected mspName, logo, accentColor or templatePath).");
                }
            }
            return options;
        }
    }
}
