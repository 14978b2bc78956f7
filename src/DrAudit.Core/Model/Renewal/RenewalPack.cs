using System;
using System.Collections.Generic;

namespace DrAudit.Core.Model.Renewal
{
    /// <summary>One dated evidence pack of the period, as found and verified: every figure of the renewal names the
    /// pack it came from by <see cref="Folder"/> and <see cref="ManifestSha256"/>.</summary>
    public sealed class RenewalPack
    {
        /// <summary>The pack's folder name under the client's folder ("2026-03-01", "2026-03-01.2").</summary>
        public string Folder { get; set; } = "";
        /// <summary>The audit point the pack records (from its readiness result; the folder's date when unreadable).</summary>
        public DateTimeOffset AsOf { get; set; }
        /// <summary>The calendar month it counts for: "2026-03".</summary>
        public string Month { get; set; } = "";
        /// <summary>Lowercase hex SHA-256 of the pack's manifest.json as found; empty when there is none.</summary>
        public string ManifestSha256 { get; set; } = "";
        public RenewalPackState State { get; set; }
        /// <summary>The client id the pack names (manifest or readiness result).</summary>
        public string ClientId { get; set; } = "";
        public string ClientName { get; set; } = "";
        /// <summary>The audit read every source; null when the pack's figures are not used.</summary>
        public bool? Complete { get; set; }
        public int? MaturityLevel { get; set; }
        public int? ServicesReady { get; set; }
        public int? ServicesTotal { get; set; }
        /// <summary>The pack carries a signature of its manifest.</summary>
        public bool Signed { get; set; }
        /// <summary>Who signed it (certificate subject), when signed.</summary>
        public string? Signer { get; set; }
        /// <summary>The signer's certificate chains to a trusted root on the machine that checked it.</summary>
        public bool? SignerTrusted { get; set; }
        /// <summary>Why the pack is not used, in plain words (files changed, another client, no manifest).</summary>
        public string? Problem { get; set; }
        /// <summary>The files that failed verification ("readiness.json: changed"): for an internal audience.</summary>
        public List<string> FileProblems { get; set; } = new List<string>();
    }
}
