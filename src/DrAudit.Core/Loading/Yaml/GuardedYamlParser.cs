using System;
using System.Globalization;
using System.IO;
using DrAudit.Core.Loading.Files;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace DrAudit.Core.Loading.Yaml
{
    /// <summary>
    /// YamlDotNet's parser with the limits every YAML input of DrAudit is read under (docs/limits.md), checked
    /// event by event before any tree is built, so no text can overflow the stack or exhaust memory:
    /// nesting deeper than <see cref="InputLimits.NestingDepth"/> (YamlTooDeep), more than
    /// <see cref="InputLimits.YamlNodes"/> nodes (YamlTooLarge), a second document after <c>---</c>
    /// (ExtraDocument), and a tag outside YAML's own (<c>!foo</c>: UnknownTag). Every failure, including the
    /// scanner's own non-YAML exceptions on some malformed flow collections, surfaces as a
    /// <see cref="GuardedYamlException"/> or <see cref="YamlException"/> with a line and column.
    /// </summary>
    public sealed class GuardedYamlParser : IParser
    {
        private const string YamlTagPrefix = "tag:yaml.org,2002:";
        private readonly Scanner _scanner;
        private readonly Parser _parser;
        private int _depth;
        private long _nodes;
        private bool _documentSeen;
        private ParsingEvent? _previous;

        public GuardedYamlParser(TextReader text)
        {
            _scanner = new Scanner(text);
            _parser = new Parser(_scanner);
        }

        public ParsingEvent? Current => _parser.Current;

        /// <summary>
        /// Loads <paramref name="text"/> as a <see cref="YamlStream"/> (YamlDotNet's tree) under these limits. YamlDotNet's
        /// parser lets some malformed text through as a key without a value (<c>source: "nas" *x</c>: an alias after a
        /// quoted value), on which building the tree throws an <see cref="ArgumentException"/>; that is a
        /// <see cref="GuardedYamlException"/> (YamlSyntax) located at the key too, like every other syntax error.
        /// </summary>
        /// <summary>What a key without a value is, in words: YamlDotNet's parser lets one through where the text is malformed.</summary>
        internal const string KeyWithoutValue =
            "the YAML is malformed here: this is read as a key without a value (text after a quoted value on its line, or an alias where a value was expected).";

        public static YamlStream Load(TextReader text)
        {
            var parser = new GuardedYamlParser(text);
            var stream = new YamlStream();
            try
            {
                stream.Load(parser);
            }
            catch (ArgumentException)
            {
                var at = (parser._previous ?? parser.Current)?.Start ?? new Mark(0, 1, 1);
                throw new GuardedYamlException("YamlSyntax", at, KeyWithoutValue);
            }
            return stream;
        }


        public bool MoveNext()
        {
            bool moved;
            _previous = _parser.Current;
            try
            {
                moved = _parser.MoveNext();
            }
            catch (YamlException)
            {
                throw;
            }
            catch (Exception e) when (e is InvalidOperationException || e is ArgumentException || e is IndexOutOfRangeException
                || e is FormatException || e is OverflowException || e is NullReferenceException)
            {
                var at = _scanner.CurrentPosition;
                throw new GuardedYamlException("YamlSyntax", at,
                    "the YAML is malformed here (an unclosed bracket or quote, or a line indented where it cannot be).");
            }
            if (!moved) return false;
            Check(_parser.Current!);
            return true;
        }

        private void Check(ParsingEvent current)
        {
            switch (current)
            {
                case DocumentStart start:
                    if (_documentSeen)
                        throw new GuardedYamlException("ExtraDocument", start.Start, "a second YAML document starts here; a file holds exactly one document (remove the '---' and what follows, or merge it into the first).");
                    _documentSeen = true;
                    return;
                case SequenceStart _:
                case MappingStart _:
                    if (++_depth > InputLimits.NestingDepth)
                        throw new GuardedYamlException("YamlTooDeep", current.Start,
                            $"lists and mappings are nested more than {InputLimits.NestingDepth.ToString(CultureInfo.InvariantCulture)} deep here; DrAudit reads at most that (docs/limits.md).");
                    break;
                case SequenceEnd _:
                case MappingEnd _:
                    _depth--;
                    return;
            }
            if (current is NodeEvent node)
            {
                if (!node.Tag.IsEmpty && !node.Tag.IsNonSpecific && !node.Tag.Value.StartsWith(YamlTagPrefix, StringComparison.Ordinal))
                    throw new GuardedYamlException("UnknownTag", node.Start,
                        $"the tag {ProblemText.Quote(node.Tag.Value)} is not one DrAudit knows; write the value without a tag.");
                CountNodes(1, node.Start);
            }
        }

        private void CountNodes(long count, Mark at)
        {
            _nodes += count;
            if (_nodes > InputLimits.YamlNodes) throw TooLarge(at);
        }

        /// <summary>The problem for a document with more than <see cref="InputLimits.YamlNodes"/> values (aliases counted as copies).</summary>
        public static GuardedYamlException TooLarge(Mark at) =>
            new GuardedYamlException("YamlTooLarge", at,
                $"the document holds more than {InputLimits.YamlNodes.ToString("N0", CultureInfo.InvariantCulture)} values by here (an alias counts as a copy of what it repeats); DrAudit reads at most that (docs/limits.md).");
    }
}
