using System;
using System.Collections.Generic;
using System.IO;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace DrAudit.Core.Loading.Yaml
{
    /// <summary>
    /// Builds a <see cref="LocatedNode"/> tree from YamlDotNet's parser events. Unlike the representation model
    /// (which stops at the first duplicate key) it keeps duplicate keys, so a loader can report every problem.
    /// Aliases resolve to the anchored node. Only the first document is read.
    /// </summary>
    public static class LocatedYamlParser
    {
        /// <summary>Parses <paramref name="text"/>; the root is null for an empty document, and <paramref name="error"/> is set on a syntax error.</summary>
        public static LocatedNode? Parse(string text, out YamlSyntaxError? error)
        {
            error = null;
            try
            {
                var parser = new Parser(new StringReader(text));
                parser.Consume<StreamStart>();
                if (parser.Accept<StreamEnd>(out _)) return null;
                parser.Consume<DocumentStart>();
                var anchors = new Dictionary<string, LocatedNode>(StringComparer.Ordinal);
                var root = ReadNode(parser, anchors);
                parser.Consume<DocumentEnd>();
                // Surface syntax errors later in the stream too.
                while (parser.MoveNext()) { }
                return root;
            }
            catch (YamlException e)
            {
                error = new YamlSyntaxError(Math.Max(1, (int)e.Start.Line), Math.Max(1, (int)e.Start.Column), Clean(e.Message));
                return null;
            }
        }

        private static LocatedNode ReadNode(IParser parser, Dictionary<string, LocatedNode> anchors)
        {
            var current = parser.Current ?? throw new YamlException("Unexpected end of the YAML stream.");
            LocatedNode node;
            switch (current)
            {
                case AnchorAlias alias:
                    parser.MoveNext();
                    if (!anchors.TryGetValue(alias.Value.Value, out var target))
                        throw new YamlException(alias.Start, alias.End, $"The alias *{alias.Value.Value} refers to no anchor defined before it.");
                    return target;
                case Scalar scalar:
                    parser.MoveNext();
                    node = new LocatedScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, Line(scalar.Start), Column(scalar.Start));
                    break;
                case SequenceStart start:
                {
                    parser.MoveNext();
                    var sequence = new LocatedSequence(Line(start.Start), Column(start.Start));
                    while (!parser.TryConsume<SequenceEnd>(out _)) sequence.Items.Add(ReadNode(parser, anchors));
                    node = sequence;
                    break;
                }
                case MappingStart start:
                {
                    parser.MoveNext();
                    var mapping = new LocatedMapping(Line(start.Start), Column(start.Start));
                    while (!parser.TryConsume<MappingEnd>(out _))
                    {
                        var key = ReadNode(parser, anchors);
                        var value = ReadNode(parser, anchors);
                        mapping.Entries.Add(new KeyValuePair<LocatedNode, LocatedNode>(key, value));
                    }
                    node = mapping;
                    break;
                }
                default:
                    throw new YamlException(current.Start, current.End, $"Unexpected {current.GetType().Name}.");
            }
            if (current is NodeEvent withAnchor && !withAnchor.Anchor.IsEmpty) anchors[withAnchor.Anchor.Value] = node;
            return node;
        }

        private static int Line(Mark mark) => (int)mark.Line;

        private static int Column(Mark mark) => (int)mark.Column;

        /// <summary>YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: ...) - (...): "; the problem already carries the location.</summary>
        private static string Clean(string message)
        {
            var at = message.IndexOf("): ", StringComparison.Ordinal);
            return message.StartsWith("(Line:", StringComparison.Ordinal) && at >= 0 ? message.Substring(at + 3) : message;
        }
    }
}
