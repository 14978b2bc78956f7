using System.Collections.Generic;
using System.IO;
using System.Text;
using DrAudit.Core.Model.Renewal;
using DrAudit.Core.Packs;

namespace DrAudit.Core.Renewal
{
    internal sealed class RenewalJsonRenderer : IRenewalRenderer
    {
        public PackFormat Format => PackFormat.Json;

        public IReadOnlyList<string> Render(RenewalReport report, string directory)
        {
            File.WriteAllText(Path.Combine(directory, RenewalJson.FileName), RenewalJson.Serialize(report), new UTF8Encoding(false));
            return new[] { RenewalJson.FileName };
        }
    }
}
