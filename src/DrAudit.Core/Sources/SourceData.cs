using System;
using System.Collections.Generic;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Sources
{
    /// <summary>What one source gave: its inventory and any restore-test evidence, or why it failed.
    /// A failed source has <see cref="Inventory"/> null; every judgement that needed it is NoVisibility.</summary>
    public sealed class SourceData
    {
        public SourceData(SourceDefinition definition) { Definition = definition; }

        public SourceDefinition Definition { get; }
        public string Id => Definition.Id;
        public SourceState State { get; set; } = SourceState.Ok;
        /// <summary>Why it failed, in words fit for a report (never a secret).</summary>
        public string? Error { get; set; }
        public Model.Inventory.Inventory? Inventory { get; set; }
        /// <summary>Restore tests the system itself ran (e.g. Veeam SureBackup): scope system, quality Excellent.</summary>
        public List<RestoreTest> RestoreTests { get; set; } = new List<RestoreTest>();
        /// <summary>Quality of this source's evidence: Good for a live read, Fair for an export or capture.</summary>
        public EvidenceQuality Quality { get; set; } = EvidenceQuality.Fair;
        public DateTimeOffset? CollectedAt { get; set; }
        /// <summary>The JSON file the inventory was read from as it was (null when it came from anywhere else): the
        /// pack copies it rather than writing the inventory again.</summary>
        public InventoryFileStamp? InventoryFile { get; set; }
        /// <summary>Why a source that enumerates its environment could not list it this time (a permission missing, a
        /// part of the environment unreadable), in words fit for a report; null when it listed it or never does. Its
        /// inventory's <c>discovered</c> is then absent, and DR-16 is NoVisibility with this reason, never a pass.</summary>
        public string? DiscoveryGap { get; set; }

        /// <summary>The input/output error that failed the source, when one did (never shown to a client: <see cref="Error"/>
        /// is). A capture being saved uses it to tell a disk that filled while writing the capture from a source that
        /// could not be read.</summary>
        public Exception? Cause { get; set; }

        public bool Ok => State == SourceState.Ok && Inventory != null;

        public static SourceData Failed(SourceDefinition definition, string error) =>
            new SourceData(definition) { State = SourceState.Failed, Error = error };
    }
}
