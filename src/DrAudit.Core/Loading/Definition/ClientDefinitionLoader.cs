using System.IO;
using DrAudit.Core.Loading.Files;
using DrAudit.Core.Loading.Yaml;
using DrAudit.Core.Model.Definition;

namespace DrAudit.Core.Loading.Definition
{
    /// <summary>Reads and strictly validates a client definition file (client-definition.md).</summary>
    public static class ClientDefinitionLoader
    {
        /// <summary>Reads the file and reports every problem found (errors and warnings), never throwing for bad content.</summary>
        public static DefinitionLoadResult Read(string path)
        {
            var full = Path.GetFullPath(path);
            var problems = new ProblemCollector(full);
            string text;
            try
            {
                text = InputFile.ReadText(full, InputLimits.ClientDefinitionBytes, "the client definition");
            }
            catch (InputFileException e)
            {
                problems.Add(e.Problem);
                return new DefinitionLoadResult(null, problems.Sorted());
            }

            var definition = DefinitionReader.Read(new DefinitionContext(full, text, problems));
            return new DefinitionLoadResult(problems.HasErrors ? null : definition, problems.Sorted());
        }

        /// <summary>Reads <paramref name="text"/> as if it were the content of the file at <paramref name="path"/> (relative
        /// paths resolve against its folder): checks a definition before it is written, e.g. a draft from <c>draudit init</c>.</summary>
        public static DefinitionLoadResult ReadText(string path, string text)
        {
            var full = Path.GetFullPath(path);
            var problems = new ProblemCollector(full);
            var definition = DefinitionReader.Read(new DefinitionContext(full, text, problems));
            return new DefinitionLoadResult(problems.HasErrors ? null : definition, problems.Sorted());
        }

        /// <summary>Reads the file; throws <see cref="DefinitionException"/> carrying every problem when it has errors.</summary>
        public static ClientDefinition Load(string path)
        {
            var result = Read(path);
            if (result.HasErrors || result.Definition == null) throw new DefinitionException(result.Problems);
            return result.Definition;
        }
    }
}
