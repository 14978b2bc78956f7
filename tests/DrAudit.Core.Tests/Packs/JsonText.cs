using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace DrAudit.Core.Tests.Packs
{
    /// <summary>Parses JSON keeping times as the strings written (Newtonsoft would otherwise turn them into dates).</summary>
    public static class JsonText
    {
        public static JObject Parse(string text)
        {
            using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None };
            return JObject.Load(reader);
        }
    }
}
