using System;
using System.Collections.Generic;

namespace DrAudit.Core.Onboarding
{
    /// <summary>A draft client definition drafted from what the sources report (<see cref="ClientDefinitionDrafter"/>);
    /// <see cref="DraftYamlWriter"/> writes it as client.yaml.</summary>
    public sealed class ClientDefinitionDraft
    {
        public string ClientId { get; set; } = "";
        public string ClientName { get; set; } = "";
        public string? Msp { get; set; }
        /// <summary>Written as <c>asOf</c> only when the caller gave one (a draft for live use measures from now).</summary>
        public DateTimeOffset? AsOf { get; set; }
        public DateTimeOffset DraftedAt { get; set; }
        public List<DraftSource> Sources { get; set; } = new List<DraftSource>();
        public List<DraftComponent> Components { get; set; } = new List<DraftComponent>();
        public List<UndecidedWorkload> Undecided { get; set; } = new List<UndecidedWorkload>();

        /// <summary>The id of the one placeholder service that holds every component.</summary>
        public const string PlaceholderServiceId = "unassigned";
        /// <summary>The placeholder service's tier: the strictest built-in tier, so no target passes because of a guess.</summary>
        public const string PlaceholderTier = "critical";
        /// <summary>The id of the placeholder component written when no source reported anything protected.</summary>
        public const string PlaceholderComponentId = "to-be-defined";
    }
}
