using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace DrAudit.Core.Catalogue
{
    /// <summary>The control catalogue, read from the embedded Catalogue/controls.yaml (one versioned data file).</summary>
    public sealed class ControlCatalogue
    {
        private static readonly Lazy<ControlCatalogue> DefaultCatalogue = new Lazy<ControlCatalogue>(LoadEmbedded);
        private readonly Dictionary<string, ControlDefinition> _byId;

        public ControlCatalogue(int version, IEnumerable<ControlDefinition> controls)
        {
            Version = version;
            Controls = controls.ToList();
            _byId = Controls.ToDictionary(c => c.Id, StringComparer.Ordinal);
        }

        public static ControlCatalogue Default => DefaultCatalogue.Value;

        public int Version { get; }
        /// <summary>Every control, Essential Eight first, in catalogue order.</summary>
        public IReadOnlyList<ControlDefinition> Controls { get; }

        public ControlDefinition? Find(string id) => _byId.TryGetValue(id, out var c) ? c : null;

        public bool Contains(string id) => _byId.ContainsKey(id);

        public IEnumerable<ControlDefinition> InFamily(ControlFamily family) => Controls.Where(c => c.Family == family);

        private static ControlCatalogue LoadEmbedded()
        {
            using var stream = typeof(ControlCatalogue).Assembly.GetManifestResourceStream("DrAudit.Core.controls.yaml")
                ?? throw new InvalidOperationException("The control catalogue resource is missing from DrAudit.Core.");
            using var reader = new StreamReader(stream);
            var file = new DeserializerBuilder()
                .WithNamingConvention(CamelCaseNamingConvention.Instance)
                .Build()
                .Deserialize<CatalogueFile>(reader);
            return new ControlCatalogue(file.Version, file.Controls);
        }

        private sealed class CatalogueFile
        {
            public int Version { get; set; }
            public List<ControlDefinition> Controls { get; set; } = new List<ControlDefinition>();
        }
    }
}
