using System;
using DrAudit.Core.Model.Definition;

namespace DrAudit.Core.Loading.Definition
{
    /// <summary>Reads and strictly validates a client definition file (client-definition.md).</summary>
    public static class ClientDefinitionLoader
    {
        /// <summary>Reads the file and reports every problem found (errors and warnings), never throwing for bad content.</summary>
        public static DefinitionLoadResult Read(string path) => throw new InvalidOperationException("loader not built yet");

        /// <summary>Reads the file; throws <see cref="DefinitionException"/> carrying every problem when it has errors.</summary>
        public static ClientDefinition Load(string path)
        {
            var result = Read(path);
            if (result.HasErrors || result.Definition == null) throw new DefinitionException(result.Problems);
            return result.Definition;
        }
    }
}
