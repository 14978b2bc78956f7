using System;
using System.Collections.Generic;
using System.IO;
using DrAudit.Core.Loading.Files;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace DrAudit.Core.Loading.Yaml
{
    /// <summary>
    /// Builds a <see cref="LocatedNode"/> tree from YamlDotNet's parser events. Unlike the representation model
    /// (which stops at the first duplicate key) it keeps duplicate keys, so a loader can report every problem.
    /// Aliases resolve to the anchored node. The text is read under <see cref="GuardedYamlParser"/>'s limits, an
    /// alias counting as every node it repeats, so the tree can be walked without running out of stack or time.
    /// </summary>
    public static class LocatedYamlParser
    {
        /// <summary>Parses <paramref name="text"/>; the root is null for an empty document, and <paramref name="error"/> is set on a syntax error or a broken limit.</summary>
        public static LocatedNode? Parse(string text, out YamlSyntaxError? error)
        {
            error = null;
            try
            {
                var parser = new GuardedYamlParser(new StringReader(text));
                parser.Consume<StreamStart>();
                if (parser.Accept<StreamEnd>(out _)) return null;
                parser.Consume<DocumentStart>();
                var anchors = new Dictionary<string, Anchored>(StringComparer.Ordinal);
                var pending = new PendingChildren();
                long expanded = 0;
                var root = ReadNode(parser, anchors, pending, ref expanded);
                parser.Consume<DocumentEnd>();
                // Surface syntax errors (and a second document) later in the stream too.
                while (parser.MoveNext()) { }
                return root;
            }
            catch (GuardedYamlException e)
            {
                error = new YamlSyntaxError(Math.Max(1, (int)e.Start.Line), Math.Max(1, (int)e.Start.Column), e.Reason, e.Code);
                return null;
            }
            catch (YamlException e)
            {
                error = new YamlSyntaxError(Math.Max(1, (int)e.Start.Line), Math.Max(1, (int)e.Start.Column), Clean(e.Message));
                return null;
            }
        }

        /// <param name="expanded">How many nodes the tree holds so far with every alias counted as a copy of what it names.</param>
        /// <param name="pending">The children read so far of every collection still open above this node.</param>
        private static LocatedNode ReadNode(GuardedYamlParser parser, Dictionary<string, Anchored> anchors, PendingChildren pending, ref long expanded)
        {
            var current = parser.Current ?? throw new YamlException("Unexpected end of the YAML stream.");
            var before = expanded;
            LocatedNode node;
            switch (current)
            {
                case AnchorAlias alias:
                    if (!anchors.TryGetValue(alias.Value.Value, out var target))
                        throw new YamlException(alias.Start, alias.End, $"The alias {ProblemText.Quote("*" + alias.Value.Value)} refers to no anchor defined before it.");
                    expanded += target.Weight;
                    if (expanded > InputLimits.YamlNodes) throw GuardedYamlParser.TooLarge(alias.Start);
                    parser.MoveNext();
                    return target.Node;
                case Scalar scalar:
                    expanded++;
                    parser.MoveNext();
                    node = new LocatedScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, Line(scalar.Start), Column(scalar.Start));
                    break;
                case SequenceStart start:
                {
                    expanded++;
                    parser.MoveNext();
                    var first = pending.Items.Count;
                    while (!parser.TryConsume<SequenceEnd>(out _)) pending.Items.Add(ReadNode(parser, anchors, pending, ref expanded));
                    var sequence = new LocatedSequence(Line(start.Start), Column(start.Start), pending.Items.Count - first);
                    for (int i = first; i < pending.Items.Count; i++) sequence.Items.Add(pending.Items[i]);
                    pending.Items.RemoveRange(first, pending.Items.Count - first);
                    node = sequence;
                    break;
                }
                case MappingStart start:
                {
                    expanded++;
                    parser.MoveNext();
                    var first = pending.Entries.Count;
                    while (!parser.TryConsume<MappingEnd>(out _))
                    {
                        var keyStart = parser.Current!.Start;
                        var key = ReadNode(parser, anchors, pending, ref expanded);
                        if (parser.Current is MappingEnd)
                            throw new YamlException(keyStart, keyStart, GuardedYamlParser.KeyWithoutValue);
                        var value = ReadNode(parser, anchors, pending, ref expanded);
                        pending.Entries.Add(new KeyValuePair<LocatedNode, LocatedNode>(key, value));
                    }
                    var mapping = new LocatedMapping(Line(start.Start), Column(start.Start), pending.Entries.Count - first);
                    for (int i = first; i < pending.Entries.Count; i++) mapping.Entries.Add(pending.Entries[i]);
                    pending.Entries.RemoveRange(first, pending.Entries.Count - first);
                    node = mapping;
                    break;
                }
                default:
                    throw new YamlException(current.Start, current.End, $"Unexpected {current.GetType().Name}.");
            }
            // An alias to this node repeats it and everything under it.
            if (current is NodeEvent withAnchor && !withAnchor.Anchor.IsEmpty)
                anchors[withAnchor.Anchor.Value] = new Anchored(node, expanded - before);
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

        /// <summary>
        /// The children of the collections being read, one stack for all of them: a collection's children are only
        /// counted once it ends, so its own list is made at its final size instead of growing (and copying) as it is read.
        /// </summary>
        private sealed class PendingChildren
        {
            public List<KeyValuePair<LocatedNode, LocatedNode>> Entries { get; } = new List<KeyValuePair<LocatedNode, LocatedNode>>();
            public List<LocatedNode> Items { get; } = new List<LocatedNode>();
        }

        /// <summary>An anchored node and how many nodes an alias to it repeats.</summary>
        private sealed class Anchored
        {
            public Anchored(LocatedNode node, long weight)
            {
                Node = node;
                Weight = weight;
            }

            public LocatedNode Node { get; }
            public long Weight { get; }
        }
    }
}
