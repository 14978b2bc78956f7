using System;
using System.IO;
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
                if (!File.Exists(full))
                {
                    problems.Add(new DefinitionProblem(full, 0, 0, "FileNotFound", $"the client definition {full} does not exist."));
                    return new DefinitionLoadResult(null, problems.Sorted());
                }
                text = File.ReadAllText(full);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                problems.Add(new DefinitionProblem(full, 0, 0, "FileUnreadable", $"the client definition {full} cannot be read: {e.Message}"));
                return new DefinitionLoadResult(null, problems.Sorted());
            }

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
