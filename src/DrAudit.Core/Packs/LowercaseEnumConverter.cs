using System;
using System.Linq;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;

namespace DrAudit.Core.Packs
{
    /// <summary>Writes the named enums by lowercase name ("high", "ok", "failed"), reads them case-insensitively.</summary>
    public sealed class LowercaseEnumConverter : StringEnumConverter
    {
        private readonly Type[] _types;

        public LowercaseEnumConverter(params Type[] types)
        {
            _types = types;
            NamingStrategy = new CamelCaseNamingStrategy();
            AllowIntegerValues = false;
        }

        public override bool CanConvert(Type objectType)
        {
            var type = Nullable.GetUnderlyingType(objectType) ?? objectType;
            return _types.Contains(type);
        }
    }
}
