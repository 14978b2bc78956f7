using System.Globalization;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DrAudit.Core.Tests.Schemas
{
    /// <summary>A YAML document as the JSON an editor's YAML language server validates against a schema: plain scalars
    /// that read as booleans, integers or null become those (YAML 1.2 core schema), everything else (quoted text, dates,
    /// durations) a string.</summary>
    public static class YamlAsJson
    {
        public static JsonNode? Read(string path)
        {
            var stream = new YamlStream();
            using (var reader = new StreamReader(path)) stream.Load(reader);
            return Convert(stream.Documents[0].RootNode);
        }

        private static JsonNode? Convert(YamlNode node)
        {
            switch (node)
            {
                case YamlMappingNode mapping:
                    var obj = new JsonObject();
                    foreach (var entry in mapping.Children) obj[((YamlScalarNode)entry.Key).Value!] = Convert(entry.Value);
                    return obj;
                case YamlSequenceNode sequence:
                    var array = new JsonArray();
                    foreach (var item in sequence.Children) array.Add(Convert(item));
                    return array;
                case YamlScalarNode scalar:
                    var text = scalar.Value ?? "";
                    if (scalar.Style != ScalarStyle.Plain) return JsonValue.Create(text);
                    if (text is "true" or "True" or "TRUE") return JsonValue.Create(true);
                    if (text is "false" or "False" or "FALSE") return JsonValue.Create(false);
                    if (text is "" or "~" or "null" or "Null" or "NULL") return null;
                    if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)) return JsonValue.Create(number);
                    return JsonValue.Create(text);
                default:
                    throw new InvalidOperationException("Unexpected YAML node " + node.NodeType);
            }
        }
    }
}
