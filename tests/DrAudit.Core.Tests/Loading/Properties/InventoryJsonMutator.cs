using System.Globalization;
using System.Text;

namespace DrAudit.Core.Tests.Loading.Properties
{
    /// <summary>
    /// Seeded mutations of a valid inventory's JSON, aimed at what a reader that works on raw bytes can get wrong
    /// and the mutation pieces of <see cref="LoaderPropertyTests"/> do not reach: JSON escapes in keys and values,
    /// letter case, times at and beyond the edges of the format, numbers and strings swapped, keys given twice,
    /// whitespace and control characters, surrogates escaped and raw, long strings, broken structure; and, on the
    /// bytes, byte-order marks, bytes that are not UTF-8 and cuts. Each mutation says what it did, so a disagreement
    /// names its cause.
    /// </summary>
    internal sealed class InventoryJsonMutator
    {
        private readonly Random _random;

        public InventoryJsonMutator(Random random) => _random = random;

        private static readonly string[] Values =
        {
            "\"30\"", "30", "0", "-0", "-0.0", "1e3", "1E+3", "1.0", "0.5", "-1", "2147483647", "2147483648", "4294967296", "999999999999999999",
            "9999999999999999999", "123456789012345678901234567890", "1e999", "-1e-999", "00", "01", "+1", ".5", "1.", "0x10", "NaN",
            "Infinity", "-Infinity", "null", "true", "false", "True", "NULL", "undefined", "\"\"", "\" \"", "\"\\u0000\"", "[]", "{}", "[null]",
            "[\"a\"]", "[\"\"]", "[\" \"]", "[[]]", "[{}]", "[1]", "[true]", "[\"a\",]", "\"true\"", "\"false\"", "\"null\"", "'x'", "x",
            "{\"a\": {\"b\": 1}}", "\"success\"", "\"SUCCESS\"", "\"Success \"", "\"file-share\"", "\"FILE-SHARE\"", "\"fileshare\"",
            "\"file_share\"", "\"onsite\"", "\"application\"", "\"crash\"", "\"vm\"", "\"onedrive\"", "\"warning\"", "\"backup\"",
            "\"7d\"", "\"30d12h\"", "\"PT4H\"", "\"9999y\"", "\"draudit/v1\"", "\"draudit\\/v1\"", "\"Inventory\"", "\"inventory\"",
        };

        private static readonly string[] Whitespace =
        {
            " ", " ", "\t", "\n", "\r\n", " ", "  ", "\t", "\n", "\r", "\r\n", "\f", "\v", "\u00a0", "\u0000", "\ufeff", "\u2028", "\u3000", "/**/", "// c\n", "#",
        };

        private static readonly string[] InStrings =
        {
            "\\ud83d\\ude00", "\\uD83D\\uDE00", "\\ud800", "\\udc00", "\\ude00\\ud83d", "\\ud800\\u0041", "\\ud800\\ud800\\udc00", "\\u0000",
            "\\/", "\\\\", "\\\"", "\\b\\f\\n\\r\\t", "\\u00e9", "\\u00E9", "\\x41", "\\u12", "\\U0041", "\\'", "\\", "😀", "é", "\uffff",
            "\ufffe", "\u2028", "\u0001", "\u001f", "\u007f", "\t", "\n", "ı", "ſ", "K", " ",
        };

        private static readonly string[] Keys =
        {
            "Job", "JOB", "job ", " job", "jobs", "Start", "START", "startTime", "Result", "id", "Id", "ID", "apiversion", "APIVERSION",
            "Kind", "runs", "Runs", "restorepoints", "backupserver", "configbackup", "Discovered", "", "\\u0000", "x", "__proto__",
        };

        /// <summary>Applies one to three text mutations, most often one, so that many mutated files stay valid.</summary>
        public string Mutate(string text, List<string> applied)
        {
            var roll = _random.Next(20);
            var count = roll < 12 ? 1 : roll < 17 ? 2 : 3;
            for (var n = 0; n < count; n++) text = MutateOnce(text, applied);
            return text;
        }

        /// <summary>Mutations by weight: those that often keep the file valid (escapes, case, times, whitespace) most.</summary>
        private static readonly int[] Weights = { 4, 2, 5, 2, 1, 1, 2, 2, 1, 1, 1, 1 };

        private string MutateOnce(string text, List<string> applied)
        {
            var tokens = JsonTextToken.Scan(text);
            if (tokens.Count == 0) return text;
            var roll = _random.Next(Weights.Sum());
            var which = 0;
            while (roll >= Weights[which]) roll -= Weights[which++];
            switch (which)
            {
                case 0: return EscapeCharacter(text, tokens, applied);
                case 1: return FlipCase(text, tokens, applied);
                case 2: return ReplaceTime(text, tokens, applied);
                case 3: return ReplaceValue(text, tokens, applied);
                case 4: return SwapNumberAndString(text, tokens, applied);
                case 5: return DuplicateKey(text, tokens, applied);
                case 6: return InsertWhitespace(text, tokens, applied);
                case 7: return InsertInString(text, tokens, applied);
                case 8: return LongString(text, tokens, applied);
                case 9: return RenameKey(text, tokens, applied);
                case 10: return BreakStructure(text, tokens, applied);
                default: return Nest(text, tokens, applied);
            }
        }

        private JsonTextToken? Pick(List<JsonTextToken> tokens, Func<JsonTextToken, bool> which)
        {
            var candidates = tokens.Where(which).ToList();
            return candidates.Count == 0 ? null : candidates[_random.Next(candidates.Count)];
        }

        private static bool IsText(JsonTextToken t) => t.Kind == JsonTextTokenKind.Key || t.Kind == JsonTextTokenKind.String;

        private static string Replace(string text, int start, int end, string with) => text.Substring(0, start) + with + text.Substring(end);

        private static string Excerpt(string text) => text.Length <= 60 ? text : text.Substring(0, 40) + "...(" + text.Length + " chars)";

        private string EscapeCharacter(string text, List<JsonTextToken> tokens, List<string> applied)
        {
            if (!(Pick(tokens, t => IsText(t) && t.End - t.Start > 2) is JsonTextToken token)) return text;
            var at = token.Start + 1 + _random.Next(token.End - token.Start - 2);
            if (text[at] == '\\' || text[at - 1] == '\\' || text[at] == '"') return text;
            string escape;
            if (text[at] == '/' && _random.Next(2) == 0) escape = "\\/";
            else if (char.IsHighSurrogate(text[at]) && at + 1 < text.Length && char.IsLowSurrogate(text[at + 1]))
            {
                escape = Hex(text[at]) + Hex(text[at + 1]);
                applied.Add("escape the pair " + escape + " at " + at);
                return Replace(text, at, at + 2, escape);
            }
            else escape = Hex(text[at]);
            applied.Add("escape '" + text[at] + "' as " + escape + " at " + at);
            return Replace(text, at, at + 1, escape);
        }

        private string Hex(char c)
        {
            var hex = ((int)c).ToString("x4", CultureInfo.InvariantCulture);
            return "\\u" + (_random.Next(2) == 0 ? hex : hex.ToUpperInvariant());
        }

        private string FlipCase(string text, List<JsonTextToken> tokens, List<string> applied)
        {
            if (!(Pick(tokens, IsText) is JsonTextToken token)) return text;
            var chars = text.Substring(token.Start, token.End - token.Start).ToCharArray();
            for (var i = 1; i < chars.Length - 1; i++)
            {
                if (chars[i - 1] == '\\' || _random.Next(3) != 0) continue;
                chars[i] = char.IsUpper(chars[i]) ? char.ToLowerInvariant(chars[i]) : char.ToUpperInvariant(chars[i]);
            }
            var flipped = new string(chars);
            applied.Add("case of " + Excerpt(text.Substring(token.Start, token.End - token.Start)) + " to " + Excerpt(flipped));
            return Replace(text, token.Start, token.End, flipped);
        }

        private static bool LooksLikeTime(string text, JsonTextToken t) =>
            t.Kind == JsonTextTokenKind.String && t.End - t.Start > 12 && char.IsDigit(text[t.Start + 1]) && text[t.Start + 5] == '-';

        private string ReplaceTime(string text, List<JsonTextToken> tokens, List<string> applied)
        {
            var token = Pick(tokens, t => LooksLikeTime(text, t)) ?? Pick(tokens, t => t.Kind == JsonTextTokenKind.String);
            if (token == null) return text;
            var time = "\"" + Time() + "\"";
            applied.Add("time " + text.Substring(token.Value.Start, token.Value.End - token.Value.Start) + " to " + time);
            return Replace(text, token.Value.Start, token.Value.End, time);
        }

        /// <summary>A date-time in or near the format: each part most often valid, else at or beyond its edges.</summary>
        public string Time()
        {
            string Part(string valid, params string[] edges) => _random.Next(3) != 0 ? valid : edges[_random.Next(edges.Length)];
            string Two(int from, int to) => _random.Next(from, to).ToString("D2", CultureInfo.InvariantCulture);
            var year = Part(_random.Next(1900, 2200).ToString(CultureInfo.InvariantCulture),
                "0001", "0000", "1899", "1900", "1970", "2024", "2100", "2199", "2200", "9999", "10000", "202", _random.Next(10000).ToString("D4", CultureInfo.InvariantCulture));
            var month = Part(Two(1, 13), "01", "02", "12", "00", "13", "1");
            var day = Part(Two(1, 29), "28", "29", "30", "31", "00", "32", "1");
            var separator = Part("T", "t", " ", "_");
            var hour = Part(Two(0, 24), "00", "23", "24", "1");
            var minute = Part(Two(0, 60), "00", "59", "60", "5");
            var second = Part(":" + Two(0, 60), "", ":00", ":59", ":60", ":61", ":5");
            var fraction = second.Length == 0 || _random.Next(2) == 0 ? "" : "." + Digits(_random.Next(3) != 0 ? _random.Next(1, 8) : _random.Next(13));
            var offset = Part(_random.Next(2) == 0 ? "Z" : (_random.Next(2) == 0 ? "+" : "-") + Two(0, 14) + ":" + (_random.Next(2) == 0 ? "00" : "30"),
                "Z", "z", "+00:00", "-00:00", "+14:00", "-14:00", "+14:01", "-12:00", "+12:45", "+24:00", "+00:60",
                "+0530", "-0800", "+05", "+5:30", "", " Z", "+05:30:00", "+05:30Z", "Z ", "+1:00", "\u2212" + "05:00");
            return year + "-" + month + "-" + day + separator + hour + ":" + minute + second + fraction + offset;
        }

        private string Digits(int count)
        {
            var digits = new StringBuilder(count);
            for (var i = 0; i < count; i++) digits.Append((char)('0' + _random.Next(10)));
            return digits.ToString();
        }

        /// <summary>The token at a value: a string or bare token not used as a key, or a list or object after a colon.</summary>
        private int PickValue(string text, List<JsonTextToken> tokens)
        {
            var candidates = new List<int>();
            for (var k = 0; k < tokens.Count; k++)
            {
                if (tokens[k].IsValue) candidates.Add(k);
                else if (k > 0 && tokens[k].Kind == JsonTextTokenKind.Punctuation && text[tokens[k - 1].Start] == ':' && "{[".IndexOf(text[tokens[k].Start]) >= 0) candidates.Add(k);
            }
            return candidates.Count == 0 ? -1 : candidates[_random.Next(candidates.Count)];
        }

        private string ReplaceValue(string text, List<JsonTextToken> tokens, List<string> applied)
        {
            var k = PickValue(text, tokens);
            if (k < 0) return text;
            var end = JsonTextToken.ValueEnd(text, tokens, k);
            var value = _random.Next(8) == 0 ? Deep(_random.Next(60, 70)) : Values[_random.Next(Values.Length)];
            applied.Add("value " + Excerpt(text.Substring(tokens[k].Start, end - tokens[k].Start)) + " to " + Excerpt(value));
            return Replace(text, tokens[k].Start, end, value);
        }

        private static string Deep(int depth) => new string('[', depth) + new string(']', depth);

        private string SwapNumberAndString(string text, List<JsonTextToken> tokens, List<string> applied)
        {
            var token = Pick(tokens, t => t.IsValue);
            if (token == null) return text;
            var t = token.Value;
            var was = text.Substring(t.Start, t.End - t.Start);
            var now = t.Kind == JsonTextTokenKind.String ? was.Substring(1, was.Length - 2) : "\"" + was + "\"";
            if (now.Length == 0) now = "0";
            applied.Add("swap " + Excerpt(was) + " to " + Excerpt(now));
            return Replace(text, t.Start, t.End, now);
        }

        private string DuplicateKey(string text, List<JsonTextToken> tokens, List<string> applied)
        {
            var keys = Enumerable.Range(0, tokens.Count).Where(k => tokens[k].Kind == JsonTextTokenKind.Key && k + 2 < tokens.Count).ToList();
            if (keys.Count == 0) return text;
            var at = keys[_random.Next(keys.Count)];
            var end = JsonTextToken.ValueEnd(text, tokens, at + 2);
            var key = text.Substring(tokens[at].Start, tokens[at].End - tokens[at].Start);
            var value = text.Substring(tokens[at + 2].Start, end - tokens[at + 2].Start);
            switch (_random.Next(4))
            {
                case 0: key = key.ToUpperInvariant(); break;
                case 1: value = Values[_random.Next(Values.Length)]; break;
                case 2: key = key.Length > 2 ? "\"" + Hex(key[1]) + key.Substring(2) : key; break;
            }
            var pair = ", " + key + ": " + value;
            applied.Add("repeat key as " + Excerpt(pair));
            return text.Insert(end, pair);
        }

        private string InsertWhitespace(string text, List<JsonTextToken> tokens, List<string> applied)
        {
            var token = tokens[_random.Next(tokens.Count)];
            var at = _random.Next(2) == 0 ? token.Start : token.End;
            var space = Whitespace[_random.Next(Whitespace.Length)];
            applied.Add("insert " + Escape(space) + " at " + at);
            return text.Insert(at, space);
        }

        private string InsertInString(string text, List<JsonTextToken> tokens, List<string> applied)
        {
            if (!(Pick(tokens, IsText) is JsonTextToken token)) return text;
            var at = token.Start + 1 + _random.Next(token.End - token.Start - 1);
            if (text[at - 1] == '\\') return text;
            var piece = InStrings[_random.Next(InStrings.Length)];
            applied.Add("insert " + Escape(piece) + " in " + Excerpt(text.Substring(token.Start, token.End - token.Start)));
            return text.Insert(at, piece);
        }

        private string LongString(string text, List<JsonTextToken> tokens, List<string> applied)
        {
            if (!(Pick(tokens, t => t.Kind == JsonTextTokenKind.String) is JsonTextToken token)) return text;
            var lengths = new[] { 127, 128, 129, 300, 5000, 70_000 };
            var length = lengths[_random.Next(lengths.Length)];
            var pieces = new[] { "a", "é", "😀", "\\n", "\\u00e9", "\\\"", " " };
            var piece = pieces[_random.Next(pieces.Length)];
            var value = new StringBuilder("\"");
            while (value.Length < length) value.Append(piece);
            value.Append('"');
            applied.Add("long string of " + length + " from " + piece);
            return Replace(text, token.Start, token.End, value.ToString());
        }

        private string RenameKey(string text, List<JsonTextToken> tokens, List<string> applied)
        {
            if (!(Pick(tokens, t => t.Kind == JsonTextTokenKind.Key) is JsonTextToken token)) return text;
            var key = "\"" + Keys[_random.Next(Keys.Length)] + "\"";
            applied.Add("key " + text.Substring(token.Start, token.End - token.Start) + " to " + key);
            return Replace(text, token.Start, token.End, key);
        }

        private string BreakStructure(string text, List<JsonTextToken> tokens, List<string> applied)
        {
            var k = _random.Next(tokens.Count);
            var token = tokens[k];
            switch (_random.Next(5))
            {
                case 0:
                    applied.Add("delete " + Excerpt(text.Substring(token.Start, token.End - token.Start)) + " at " + token.Start);
                    return Replace(text, token.Start, token.End, "");
                case 1:
                    applied.Add("insert , at " + token.End);
                    return text.Insert(token.End, ",");
                case 2:
                    var cut = _random.Next(text.Length + 1);
                    applied.Add("cut at " + cut);
                    return text.Substring(0, cut);
                case 3:
                    applied.Add("append a second value");
                    return text + (_random.Next(2) == 0 ? "{}" : " 1");
                default:
                    var other = tokens[_random.Next(tokens.Count)];
                    var piece = text.Substring(other.Start, other.End - other.Start);
                    applied.Add("copy " + Excerpt(piece) + " to " + token.End);
                    return text.Insert(token.End, piece);
            }
        }

        private string Nest(string text, List<JsonTextToken> tokens, List<string> applied)
        {
            var k = PickValue(text, tokens);
            if (k < 0) return text;
            var end = JsonTextToken.ValueEnd(text, tokens, k);
            var value = text.Substring(tokens[k].Start, end - tokens[k].Start);
            var wrapped = _random.Next(2) == 0 ? "[" + value + "]" : "{\"x\": " + value + "}";
            applied.Add("wrap " + Excerpt(value) + " as " + Excerpt(wrapped));
            return Replace(text, tokens[k].Start, end, wrapped);
        }

        /// <summary>Byte-level mutations of the file: a byte-order mark (UTF-8 or another), bytes that are not UTF-8
        /// inside a string or anywhere, a cut inside a multi-byte character.</summary>
        public byte[] MutateBytes(byte[] bytes, List<string> applied)
        {
            var list = new List<byte>(bytes);
            switch (_random.Next(4))
            {
                case 0:
                    var marks = new[] { new byte[] { 0xEF, 0xBB, 0xBF }, new byte[] { 0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF }, new byte[] { 0xEF, 0xBB },
                        new byte[] { 0xFE, 0xFF }, new byte[] { 0xFF, 0xFE }, new byte[] { 0xFF, 0xFE, 0, 0 }, new byte[] { 0 } };
                    var mark = marks[_random.Next(marks.Length)];
                    applied.Add("prefix bytes " + BitConverter.ToString(mark));
                    list.InsertRange(0, mark);
                    break;
                case 1:
                    var quotes = Enumerable.Range(0, list.Count).Where(i => list[i] == (byte)'"').ToList();
                    var at = quotes.Count == 0 ? 0 : quotes[_random.Next(quotes.Count)] + 1;
                    var bad = new[] { new byte[] { 0x80 }, new byte[] { 0xC0, 0xAF }, new byte[] { 0xC3 }, new byte[] { 0xED, 0xA0, 0x80 },
                        new byte[] { 0xED, 0xB0, 0x80 }, new byte[] { 0xF4, 0x90, 0x80, 0x80 }, new byte[] { 0xF8, 0x88, 0x80, 0x80, 0x80 },
                        new byte[] { 0xE2, 0x82 }, new byte[] { 0xFF }, new byte[] { 0xEF, 0xBF, 0xBE }, new byte[] { 0xF0, 0x9F, 0x98, 0x80 } };
                    var b = bad[_random.Next(bad.Length)];
                    applied.Add("insert bytes " + BitConverter.ToString(b) + " at " + at);
                    list.InsertRange(Math.Min(at, list.Count), b);
                    break;
                case 2:
                    if (list.Count == 0) break;
                    var flip = _random.Next(list.Count);
                    var value = (byte)_random.Next(256);
                    applied.Add("byte " + flip + " to " + value.ToString("X2", CultureInfo.InvariantCulture));
                    list[flip] = value;
                    break;
                default:
                    var high = Enumerable.Range(0, list.Count).Where(i => list[i] >= 0x80).ToList();
                    var cut = high.Count > 0 && _random.Next(2) == 0 ? high[_random.Next(high.Count)] + 1 : _random.Next(list.Count + 1);
                    applied.Add("cut bytes at " + cut);
                    list.RemoveRange(cut, list.Count - cut);
                    break;
            }
            return list.ToArray();
        }

        private static string Escape(string text)
        {
            var escaped = new StringBuilder();
            foreach (var c in text) escaped.Append(c < 0x20 || c >= 0x7f ? "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString());
            return escaped.ToString();
        }
    }
}
