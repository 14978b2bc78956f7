using System;
using System.Linq;
using DrAudit.Core.Packs;
using DrAudit.Core.Sources;

namespace DrAudit.Core.Fleet
{
    /// <summary>How a fleet run is done.</summary>
    public sealed class FleetAuditOptions
    {
        /// <summary>The most clients audited at once by default, however many processors there are.</summary>
        public const int MaxDefaultThrottleLimit = 4;

        /// <summary>How many clients are audited at once by default: one per processor, at most
        /// <see cref="MaxDefaultThrottleLimit"/>. An audit is CPU work (reading, scoring, writing), so more workers than
        /// processors only wait for each other while each holds a client's inventory in memory: on 2 processors 4
        /// workers were 7 % faster than 1 and used 2.4 times the memory (bench/README.md).</summary>
        public static int DefaultThrottleLimit => Math.Max(1, Math.Min(MaxDefaultThrottleLimit, Environment.ProcessorCount));

        /// <summary>The root every client's packs go under (<c>&lt;root&gt;/&lt;client-id&gt;/&lt;yyyy-MM-dd&gt;/</c>).</summary>
        public string OutputRoot { get; set; } = "";

        /// <summary>How many clients are audited at once (1: one after another).</summary>
        public int ThrottleLimit { get; set; } = DefaultThrottleLimit;

        /// <summary>The audit point for every client; null: each definition's asOf, else now.</summary>
        public DateTimeOffset? AsOf { get; set; }

        /// <summary>"Now": used for generatedAt and for asOf when neither this nor the definition gives one.</summary>
        public Func<DateTimeOffset> Clock { get; set; } = () => DateTimeOffset.UtcNow;

        /// <summary>How long each live source may take (see <see cref="SourceTimeouts"/>).</summary>
        public SourceTimeouts Timeouts { get; set; } = new SourceTimeouts();

        /// <summary>The formats of each client's pack; null: <see cref="PackWriteOptions.DefaultFormats"/> (add Email for the monthly digest).</summary>
        public PackFormat? Formats { get; set; }

        /// <summary>When set, every client's pack is signed with this certificate (manifest.json.p7s).</summary>
        public System.Security.Cryptography.X509Certificates.X509Certificate2? SigningCertificate { get; set; }

        /// <summary>Branding, audience and templates for every client's report.html and for the fleet summary. Null: a
        /// <c>branding.yaml</c> in the (first) folder of client definitions, if there is one; else unbranded.</summary>
        public Packs.Html.HtmlReportOptions? Html { get; set; }

        /// <summary>The name of the branding file looked for at the root of a folder of client definitions.</summary>
        public const string BrandingFileName = "branding.yaml";

        internal PackFormat EffectiveFormats =>
            Formats ?? PackWriteOptions.DefaultFormats;
    }
}
