using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DrAudit.Core.Loading.Files;
using DrAudit.Core.Loading.Yaml;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Loading.Definition
{
    /// <summary>
    /// Reads <c>restoreTests</c>: a list in the definition, or <c>{path: file}</c> naming a CSV file (header row of
    /// the same field names, <c>components</c> separated by ';') or a YAML file holding the list. Services and
    /// components must be read first.
    /// </summary>
    internal static class RestoreTestReader
    {
        public static readonly string[] Fields =
        {
            "date", "service", "components", "scope", "pointInTime", "duration", "result", "validatedBy", "validation", "exercise", "evidence",
        };
        public static readonly string[] RequiredFields = { "date", "service", "scope", "result" };
        private static readonly string[] FileKeys = { "path" };

        public static void Read(DefinitionContext context, MappingFields top)
        {
            var node = top.Value("restoreTests");
            switch (node)
            {
                case null:
                    return;
                case LocatedSequence list:
                    ReadList(context, context.Yaml, list.Items, context.Definition.FilePath);
                    return;
                case LocatedMapping _:
                    var f = context.Yaml.Mapping(node, "'restoreTests'", FileKeys);
                    if (f?.Value("path", required: true) is LocatedScalar path && f.Text("path") is string text)
                        ReadFile(context, path, text);
                    return;
                default:
                    context.Yaml.WrongType(node, "'restoreTests'", "a list of restore tests, or {path: file.csv|file.yaml}");
                    return;
            }
        }

        /// <summary>Reads one restore test from a mapping (from YAML, or a CSV row made into one).</summary>
        public static void ReadOne(DefinitionContext context, YamlValueReader yaml, LocatedNode item, string origin)
        {
            var f = yaml.Mapping(item, "a restore test", Fields);
            if (f == null) return;
            var test = new RestoreTest
            {
                Date = f.Date("date", required: true) ?? default,
                Scope = f.Enum<RestoreScope>("scope", required: true) ?? default,
                PointInTime = f.Time("pointInTime"),
                Duration = f.Duration("duration"),
                Result = f.Enum<RestoreResult>("result", required: true) ?? default,
                ValidatedBy = f.Text("validatedBy"),
                Validation = f.Text("validation"),
                Exercise = f.Bool("exercise") ?? false,
                Evidence = f.Text("evidence"),
                Origin = origin,
                Location = yaml.Locate(item),
            };
            test.Quality = test.Evidence != null ? EvidenceQuality.Fair : EvidenceQuality.Poor;

            test.Service = f.Text("service", required: true) ?? "";
            var serviceKnown = f.Value("service") is LocatedScalar service && !service.IsNull
                && DefinitionContext.CheckReference(yaml, service, context.Services, "service");

            var components = f.ScalarList("components", "a list of component ids");
            if (components != null)
            {
                test.Components = DefinitionContext.References(yaml, components, context.Components, "component", rejectDuplicates: true);
                if (serviceKnown && context.ComponentsOf(test.Service) is HashSet<string> members)
                {
                    foreach (var component in components.Where(c => context.Components.ContainsKey(c.Value) && !members.Contains(c.Value)))
                        yaml.Report(component, "UnknownId", $"component {YamlValueReader.Show(component)} is not a component of service {ProblemText.Quote(test.Service)}.");
                }
            }
            context.Definition.RestoreTests.Add(test);
        }

        private static void ReadList(DefinitionContext context, YamlValueReader yaml, IEnumerable<LocatedNode> items, string origin)
        {
            foreach (var item in items) ReadOne(context, yaml, item, origin);
        }

        private static void ReadFile(DefinitionContext context, LocatedScalar pathNode, string path)
        {
            var full = context.ResolvePath(pathNode, path, "path");
            if (full == null) return;
            var extension = Path.GetExtension(full).ToLowerInvariant();
            if (extension != ".csv" && extension != ".yaml" && extension != ".yml")
            {
                context.Yaml.Report(pathNode, "BadValue", $"restore tests are read from a .csv, .yaml or .yml file; {YamlValueReader.Show(pathNode)} is none of these.");
                return;
            }
            context.Definition.RestoreTestFiles.Add(full);
            string text;
            try
            {
                text = InputFile.ReadText(full, InputLimits.RestoreTestFileBytes, "the restore-test file");
            }
            catch (InputFileException e)
            {
                // Text that is not UTF-8 is located in the restore-test file; anything about the whole file, at the key naming it.
                if (e.Problem.Line > 0) context.Problems.Add(e.Problem);
                else context.Yaml.Report(pathNode, e.Problem.Code, e.Problem.Message);
                return;
            }

            var yaml = new YamlValueReader(full, context.Problems);
            if (extension == ".csv")
            {
                foreach (var row in CsvRestoreTests.Rows(yaml, text)) ReadOne(context, yaml, row, full);
                return;
            }
            var root = LocatedYamlParser.Parse(text, out var error);
            if (error != null)
            {
                yaml.Report(error.Line, error.Column, error.Code, error.Message);
                return;
            }
            if (root == null) return;
            var items = yaml.Sequence(root, "the restore-test file", "a list of restore tests");
            if (items != null) ReadList(context, yaml, items, full);
        }
    }
}
