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

        /// <summary>The names as ASCII bytes, in the order of <see cref="Values"/>.</summary>
        private static readonly byte[][] AsciiNames = Values.Select(v => System.Text.Encoding.ASCII.GetBytes(Names[v])).ToArray();

        /// <summary>The value named by these bytes, ignoring ASCII case. False for bytes beyond ASCII even when
        /// <see cref="TryParse"/> would take their text (its comparison knows more case pairs than ASCII's), so a
        /// caller reading bytes hands those to it.</summary>
        public static bool TryParseAscii(ReadOnlySpan<byte> ascii, out T value)
        {
            for (var n = 0; n < AsciiNames.Length; n++)
            {
                var name = AsciiNames[n];
                if (name.Length != ascii.Length) continue;
                var i = 0;
                for (; i < name.Length; i++)
                {
                    var b = ascii[i];
                    if (b >= (byte)'A' && b <= (byte)'Z') b += 'a' - 'A';
                    if (b != name[i]) break;
                }
                if (i == name.Length)
                {
                    value = Values[n];
                    return true;
                }
            }
            value = default;
            return false;
        }
    }
}
