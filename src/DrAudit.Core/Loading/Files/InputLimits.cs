namespace DrAudit.Core.Loading.Files
{
    /// <summary>
    /// The largest input DrAudit reads, and how deep it may nest (docs/limits.md). Generous for any real client,
    /// small enough that a hostile or mistaken file (a link to <c>/dev/zero</c>, 20,000 nested brackets, a
    /// "billion laughs" of YAML aliases) is refused with a located problem instead of exhausting memory or the stack.
    /// </summary>
    public static class InputLimits
    {
        private const long MiB = 1024L * 1024L;

        /// <summary>A client definition (YAML).</summary>
        public const long ClientDefinitionBytes = 5 * MiB;
        /// <summary>A restore-test file (CSV or YAML) named by a client definition.</summary>
        public const long RestoreTestFileBytes = 20 * MiB;
        /// <summary>An inventory JSON file, and each CSV file of an inventory folder.</summary>
        public const long InventoryBytes = 1024 * MiB;
        /// <summary>The <c>inventory.yaml</c> header of a CSV inventory folder, a branding file, a fleet client list.</summary>
        public const long SmallYamlBytes = 1 * MiB;
        /// <summary>One saved response of a source capture (Veeam or Microsoft 365).</summary>
        public const long CaptureFileBytes = 256 * MiB;
        /// <summary>A report logo.</summary>
        public const long LogoBytes = 2 * MiB;

        /// <summary>The longest cell of a CSV file, in characters.</summary>
        public const int CsvFieldChars = 1_000_000;
        /// <summary>The most cells in one CSV row.</summary>
        public const int CsvFieldsPerRow = 1_000;

        /// <summary>How deeply lists and mappings (YAML) or arrays and objects (JSON) may nest.</summary>
        public const int NestingDepth = 64;
        /// <summary>
        /// How many YAML nodes a document may hold once every alias is counted as a copy of what it names: a
        /// 5 MB definition written out in full has far fewer, an alias bomb far more.
        /// </summary>
        public const long YamlNodes = 1_000_000;
    }
}
