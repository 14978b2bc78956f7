using DrAudit.Core.Loading;
using DrAudit.Core.Loading.Definition;

namespace DrAudit.Core.Tests.Loading.Definition
{
    /// <summary>A temporary folder to write client definitions (and the files they name) into, deleted afterwards.</summary>
    internal sealed class DefinitionFolder : IDisposable
    {
        /// <summary>A valid definition whose line numbers tests rely on: append sections from line 14.</summary>
        public const string Minimal =
            "apiVersion: draudit/v1\n" +     // 1
            "client:\n" +                    // 2
            "  id: acme\n" +                 // 3
            "  name: Acme\n" +               // 4
            "components:\n" +                // 5
            "  - id: app\n" +                // 6
            "    name: App server\n" +       // 7
            "    kind: server\n" +           // 8
            "services:\n" +                  // 9
            "  - id: svc\n" +                // 10
            "    name: Service\n" +          // 11
            "    tier: critical\n" +         // 12
            "    components: [app]\n";       // 13

        public DefinitionFolder()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "draudit-loader-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public string Write(string name, string text)
        {
            var file = System.IO.Path.Combine(Path, name);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
            File.WriteAllText(file, text);
            return file;
        }

        public DefinitionLoadResult Read(string yaml, string name = "client.yaml") => ClientDefinitionLoader.Read(Write(name, yaml));

        /// <summary>The only problem with <paramref name="code"/>; fails when there is none or more than one.</summary>
        public static DefinitionProblem Single(DefinitionLoadResult result, string code)
        {
            var matching = result.Problems.Where(p => p.Code == code).ToList();
            Assert.True(matching.Count == 1, $"expected one {code} problem, got: {string.Join(" | ", result.Problems)}");
            return matching[0];
        }

        /// <summary>Asserts the file has exactly one problem, with this code, line and column; returns it.</summary>
        public static DefinitionProblem Only(DefinitionLoadResult result, string code, int line, int column)
        {
            Assert.True(result.Problems.Count == 1, "expected exactly one problem, got: " + string.Join(" | ", result.Problems));
            var problem = result.Problems[0];
            Assert.Equal(code, problem.Code);
            Assert.Equal((line, column), (problem.Line, problem.Column));
            return problem;
        }

        public void Dispose()
        {
            try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
        }
    }
}
