using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace DrAudit.Core.Loading.Yaml
{
    /// <summary>
    /// The kebab-case names enums are written with in YAML (<c>file-share</c>, <c>full-service</c>,
    /// <c>decision-maker</c>). A letter or digit run followed by a capital starts a new word, except
    /// where the contract spells a name as one word (<c>m365-onedrive</c>).
    /// </summary>
    public static class KebabCase
    {
        private static readonly Dictionary<string, string> SpelledAsOneWord = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["M365OneDrive"] = "m365-onedrive",
        };

        /// <summary>The YAML name of an enum value.</summary>
        public static string Of<T>(T value) where T : struct, Enum => Names<T>.ByValue[value];

        /// <summary>Parses a YAML name (exact, lowercase) into an enum value.</summary>
        public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
        {
            value = default;
            return text != null && Names<T>.ByName.TryGetValue(text, out value);
        }

        /// <summary>Every YAML name of the enum, in declaration order.</summary>
        public static IReadOnlyList<string> AllowedValues<T>() where T : struct, Enum => Names<T>.InOrder;

        /// <summary>Converts a PascalCase identifier to kebab case.</summary>
        public static string Convert(string pascal)
        {
            if (SpelledAsOneWord.TryGetValue(pascal, out var spelled)) return spelled;
            var sb = new StringBuilder(pascal.Length + 4);
            for (int i = 0; i < pascal.Length; i++)
            {
                var c = pascal[i];
                if (char.IsUpper(c))
                {
                    if (i > 0 && (char.IsLower(pascal[i - 1]) || char.IsDigit(pascal[i - 1]))) sb.Append('-');
                    sb.Append(char.ToLowerInvariant(c));
                }
                else
                {
                    sb.Append(c);
                }
            }
            return sb.ToString();
        }

        private static class Names<T> where T : struct, Enum
        {
            public static readonly IReadOnlyList<string> InOrder;
            public static readonly Dictionary<T, string> ByValue = new Dictionary<T, string>();
            public static readonly Dictionary<string, T> ByName = new Dictionary<string, T>(StringComparer.Ordinal);

            static Names()
            {
                var names = new List<string>();
                foreach (var value in Enum.GetValues(typeof(T)).Cast<T>())
                {
                    var name = Convert(value.ToString());
                    ByValue[value] = name;
                    ByName[name] = value;
                    names.Add(name);
                }
                InOrder = names;
            }
        }
    }
}
