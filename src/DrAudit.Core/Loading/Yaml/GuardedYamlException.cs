using YamlDotNet.Core;

namespace DrAudit.Core.Loading.Yaml
{
    /// <summary>A YAML input refused by <see cref="GuardedYamlParser"/>, with the stable problem code to report.</summary>
    public sealed class GuardedYamlException : YamlException
    {
        public GuardedYamlException(string code, Mark at, string message) : base(at, at, message)
        {
            Code = code;
            Reason = message;
        }

        /// <summary>YamlSyntax, YamlTooDeep, YamlTooLarge, ExtraDocument or UnknownTag.</summary>
        public string Code { get; }

        /// <summary>The message without YamlDotNet's location prefix.</summary>
        public string Reason { get; }
    }
}
