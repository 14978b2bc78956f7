namespace DrAudit.Core.Tests.Loading.Properties
{
    /// <summary>One token of JSON text as a lenient lexer sees it (a string, a key, a number or literal, a bracket or
    /// punctuation), with where it starts and ends, so a mutation can aim at a value, a key or the gap between two
    /// tokens. The lexer never fails: broken text (after earlier mutations) still splits into tokens.</summary>
    internal readonly struct JsonTextToken
    {
        public JsonTextToken(JsonTextTokenKind kind, int start, int end)
        {
            Kind = kind;
            Start = start;
            End = end;
        }

        public JsonTextTokenKind Kind { get; }
        public int Start { get; }
        /// <summary>Just past the token's last character.</summary>
        public int End { get; }

        public bool IsValue => Kind == JsonTextTokenKind.String || Kind == JsonTextTokenKind.Bare;

        public static List<JsonTextToken> Scan(string text)
        {
            var tokens = new List<JsonTextToken>();
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
                {
                    i++;
                    continue;
                }
                var start = i;
                if (c == '"')
                {
                    i++;
                    while (i < text.Length && text[i] != '"') i += text[i] == '\\' ? 2 : 1;
                    i = Math.Min(i + 1, text.Length);
                    var next = i;
                    while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
                    var key = next < text.Length && text[next] == ':';
                    tokens.Add(new JsonTextToken(key ? JsonTextTokenKind.Key : JsonTextTokenKind.String, start, i));
                }
                else if ("{}[]:,".IndexOf(c) >= 0)
                {
                    tokens.Add(new JsonTextToken(JsonTextTokenKind.Punctuation, start, ++i));
                }
                else
                {
                    while (i < text.Length && "{}[]:,\" \t\r\n".IndexOf(text[i]) < 0) i++;
                    tokens.Add(new JsonTextToken(JsonTextTokenKind.Bare, start, i));
                }
            }
            return tokens;
        }

        /// <summary>Where the value starting at token <paramref name="at"/> ends: past its closing bracket for a list or
        /// object, else past the token itself (the end of the text when a bracket is never closed).</summary>
        public static int ValueEnd(string text, List<JsonTextToken> tokens, int at)
        {
            var first = text[tokens[at].Start];
            if (tokens[at].Kind != JsonTextTokenKind.Punctuation || (first != '{' && first != '[')) return tokens[at].End;
            var depth = 0;
            for (var k = at; k < tokens.Count; k++)
            {
                if (tokens[k].Kind != JsonTextTokenKind.Punctuation) continue;
                var c = text[tokens[k].Start];
                if (c == '{' || c == '[') depth++;
                else if (c == '}' || c == ']') depth--;
                if (depth == 0) return tokens[k].End;
            }
            return text.Length;
        }
    }
}
