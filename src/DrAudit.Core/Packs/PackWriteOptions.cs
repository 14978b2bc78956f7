namespace DrAudit.Core.Packs
{
    public sealed class PackWriteOptions
    {
        public PackFormat Formats { get; set; } = PackFormat.Json;
        /// <summary>Replace an existing pack (only once the new one is complete).</summary>
        public bool Force { get; set; }
    }
}
