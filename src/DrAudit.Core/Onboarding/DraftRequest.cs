using System;
using System.Collections.Generic;
using System.Net;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Sources;

namespace DrAudit.Core.Onboarding
{
    /// <summary>What <see cref="ClientDefinitionInitializer"/> is asked to do: read these sources, write a draft here.</summary>
    public sealed class DraftRequest
    {
        /// <summary>The sources to read (from <see cref="SourceSpec"/>, or an existing definition's). Ids are assigned when empty.</summary>
        public List<SourceDefinition> Sources { get; set; } = new List<SourceDefinition>();
        /// <summary>The client.yaml to write.</summary>
        public string OutputPath { get; set; } = "";
        /// <summary>The client's id; null: made from the output file's folder name.</summary>
        public string? ClientId { get; set; }
        /// <summary>The client's name; null: the id, marked DECIDE.</summary>
        public string? ClientName { get; set; }
        public string? Msp { get; set; }
        /// <summary>Read the sources as of this time and write it as <c>asOf</c>; null: now, and no asOf is written.</summary>
        public DateTimeOffset? AsOf { get; set; }
        /// <summary>Replace an existing file.</summary>
        public bool Force { get; set; }
        /// <summary>Credentials per source id (never written anywhere).</summary>
        public IDictionary<string, NetworkCredential> Credentials { get; set; } = new Dictionary<string, NetworkCredential>(StringComparer.Ordinal);
        public SourceTimeouts Timeouts { get; set; } = new SourceTimeouts();
        /// <summary>Files and folders that must never be replaced (inputs of the run); the sources' paths are added.</summary>
        public List<string> ProtectedPaths { get; set; } = new List<string>();

        /// <summary>Starts the draft from an existing definition (New-DrClientDefinition -Client, draudit init --from):
        /// its sources, and its client id, name, MSP and asOf where none was given; the file itself is never replaced.</summary>
        public void TakeFrom(ClientDefinition existing)
        {
            Sources.AddRange(existing.Sources);
            ClientId ??= existing.Client.Id;
            ClientName ??= existing.Client.Name;
            Msp ??= existing.Client.Msp;
            AsOf ??= existing.AsOf;
            ProtectedPaths.Add(existing.FilePath);
        }
    }
}
