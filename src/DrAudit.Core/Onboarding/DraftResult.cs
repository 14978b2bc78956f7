using System.Collections.Generic;
using DrAudit.Core.Loading;

namespace DrAudit.Core.Onboarding
{
    /// <summary>What <see cref="ClientDefinitionInitializer"/> did: the draft, its text, whether it was written, and the
    /// warnings the loader gives for it (a draft never has load errors).</summary>
    public sealed class DraftResult
    {
        public DraftResult(string path, ClientDefinitionDraft draft, string text, IReadOnlyList<DefinitionProblem> warnings, bool written)
        {
            Path = path;
            Draft = draft;
            Text = text;
            Warnings = warnings;
            Written = written;
        }

        /// <summary>The full path of the client.yaml.</summary>
        public string Path { get; }
        public ClientDefinitionDraft Draft { get; }
        public string Text { get; }
        public IReadOnlyList<DefinitionProblem> Warnings { get; }
        /// <summary>False when the host declined (-WhatIf).</summary>
        public bool Written { get; }
        /// <summary>True when every source was read.</summary>
        public bool Complete => Draft.Sources.TrueForAll(s => s.Error == null);
    }
}
