using System.Collections;
using System.Reflection;
using DrAudit.Module.Tests.Support;

namespace DrAudit.Module.Tests;

[Collection(ModuleCollection.Name)]
public sealed class OutputTypeTests : IClassFixture<ModuleSession>
{
    private readonly ModuleSession _session;

    public OutputTypeTests(ModuleSession session)
    {
        _session = session;
    }

    /// <summary>
    /// Every collection a cmdlet's output exposes (at any depth) is a list, array or dictionary: a lazy iterator would be
    /// re-evaluated on every access, shows as a type name in Format-List, and breaks $x.Problems.Count on Windows PowerShell.
    /// </summary>
    [Fact]
    public void Every_collection_on_an_output_object_is_a_list()
    {
        var run = _session.Run("(Get-Module DrAudit).ExportedCmdlets.Values | ForEach-Object { $_.OutputType.Type }").WithoutErrors();
        var roots = run.Output.Cast<Type>().ToList();
        Assert.Contains(roots, t => t.Name == "DefinitionValidation");

        var seen = new HashSet<Type>();
        var lazy = new List<string>();
        var pending = new Queue<Type>(roots);
        while (pending.Count > 0)
        {
            var type = pending.Dequeue();
            if (!seen.Add(type) || type.Namespace?.StartsWith("DrAudit", StringComparison.Ordinal) != true) continue;
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var declared = property.PropertyType;
                if (declared != typeof(string) && typeof(IEnumerable).IsAssignableFrom(declared) && !IsMaterialised(declared))
                    lazy.Add($"{type.Name}.{property.Name}: {declared}");
                foreach (var inner in Unwrap(declared)) pending.Enqueue(inner);
            }
        }

        Assert.True(seen.Count > 20, "Walked too few types: " + seen.Count);
        Assert.Empty(lazy);
    }

    private static bool IsMaterialised(Type type) =>
        type.IsArray
        || typeof(IList).IsAssignableFrom(type)
        || typeof(IDictionary).IsAssignableFrom(type)
        || (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) || type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>)
            || type.GetGenericTypeDefinition() == typeof(IList<>)));

    /// <summary>The type itself and the element/argument types worth walking into.</summary>
    private static IEnumerable<Type> Unwrap(Type type)
    {
        yield return Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsArray) yield return type.GetElementType()!;
        if (type.IsGenericType)
            foreach (var argument in type.GetGenericArguments()) yield return argument;
    }
}
