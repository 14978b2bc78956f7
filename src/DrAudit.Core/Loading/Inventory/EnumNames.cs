using System;
using System.Collections.Generic;
using System.Linq;

namespace DrAudit.Core.Loading.Inventory
{
    /// <summary>The lowercase (kebab-case) names an enum is written with in the inventory (<c>onsite</c>, <c>success</c>,
    /// <c>file-share</c>), read case-insensitively.</summary>
    internal static class EnumNames<T> where T : struct, Enum
    {
        private static readonly T[] Values = (T[])Enum.GetValues(typeof(T));

        private static readonly Dictionary<T, string> Names = Values.ToDictionary(v => v, v => Yaml.KebabCase.Convert(v.ToString()));

        private static readonly Dictionary<string, T> ByName = Values.ToDictionary(v => Names[v], v => v, StringComparer.OrdinalIgnoreCase);

        /// <summary>"onsite, offsite, cloud, offline".</summary>
        public static readonly string Allowed = string.Join(", ", Values.Select(v => Names[v]));

        public static string Name(T value) => Names.TryGetValue(value, out var name) ? name : value.ToString().ToLowerInvariant();

        public static bool TryParse(string text, out T value) => ByName.TryGetValue(text, out value);
    }
}
