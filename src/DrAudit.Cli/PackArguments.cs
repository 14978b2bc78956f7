using DrAudit.Core.Packs;
using System.Security.Cryptography.X509Certificates;
using DrAudit.Core.Packs.Html;
using DrAudit.Core.Packs.Signing;

namespace DrAudit.Cli
{
    /// <summary>The options that say what goes into an evidence pack and how the report is branded, shared by every
    /// command that writes packs: --format json,html,excel,email --branding file --msp-name --logo --accent-color --template-path.</summary>
    public static class PackArguments
    {
        public static readonly string[] ValueOptions = { "--format", "--branding", "--msp-name", "--logo", "--accent-color", "--template-path", "--sign", "--audience", "--redact" };

        /// <summary>Throws <see cref="CliUsageException"/> for an unknown format or bad branding.</summary>
        public static PackWriteOptions Parse(CommandLine line, bool force)
        {
            try
            {
                var html = HtmlReportOptions.From(FullPath(line.Value("--branding")), line.Value("--msp-name"), FullPath(line.Value("--logo")),
                    line.Value("--accent-color"), FullPath(line.Value("--template-path")));
                if (line.Value("--audience") is string audience) html.Audience = HtmlReportOptions.ParseAudience(audience);
                if (line.Value("--redact") is string redact) html.RedactHosts = HtmlReportOptions.ParseRedaction(redact);
                var options = new PackWriteOptions
                {
                    Formats = Formats(line.Value("--format")),
                    Force = force,
                    Html = html,
                };
                options.SigningCertificate = SigningCertificate(line);
                var branding = FullPath(line.Value("--branding"));
                if (branding != null) options.ProtectedPaths.Add(branding);
                return options;
            }
            catch (InvalidDataException e)
            {
                throw new CliUsageException(e.Message);
            }
        }

        /// <summary>--sign &lt;thumbprint|file.pfx&gt;: the certificate, the PFX password read from the environment
        /// (never from the command line, where it would be seen in the process list and shell history).</summary>
        public static X509Certificate2? SigningCertificate(CommandLine line)
        {
            var sign = line.Value("--sign");
            if (sign == null) return null;
            try
            {
                var certificate = SigningCertificates.Find(sign, Environment.GetEnvironmentVariable(SigningCertificates.PasswordVariable));
                if (!certificate.HasPrivateKey)
                    throw new CliUsageException($"--sign: the certificate {SigningCertificates.Describe(certificate)} has no private key.");
                return certificate;
            }
            catch (SigningCertificateException e)
            {
                throw new CliUsageException("--sign: " + e.Message);
            }
        }

        private static PackFormat Formats(string? text)
        {
            if (text == null) return PackWriteOptions.DefaultFormats;
            PackFormat formats = 0;
            foreach (var name in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!Enum.TryParse<PackFormat>(name, ignoreCase: true, out var format) || !Enum.IsDefined(format))
                    throw new CliUsageException($"--format takes json, html, excel and email separated by commas, not '{name}'.");
                formats |= format;
            }
            return formats == 0 ? throw new CliUsageException("--format needs at least one of json, html, excel, email.") : formats;
        }

        private static string? FullPath(string? path) => path == null ? null : Path.GetFullPath(path);
    }
}
