using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace DataPlatform.Contracts.Generator.Tests;

/// <summary>No pipeline output holds compilation data, so the pipeline can cache across edits.</summary>
public class ModelGraphTests
{
    private static readonly Type[] Forbidden =
    {
        typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(Location), typeof(SemanticModel), typeof(Compilation),
    };

    [Fact]
    public void No_symbol_syntax_location_or_compilation_is_reachable_from_a_tracked_step()
    {
        // The snapshot models, and a rejected model whose partial properties get stubs.
        var rejected = "using DataPlatform.Contracts; namespace Samples; [RelationModel] public partial class Broken { [ExtraSecret] public partial int Count { get; set; } }";
        var sources = SnapshotInputs.Cases().Select(c => (string)c[1]).Append(rejected).ToArray();
        var visited = 0;
        foreach (var source in sources)
        {
            var run = GeneratorHarness.Run(source);
            var result = Assert.Single(run.Result.Results);
            foreach (var step in GeneratorHarness.ModelSteps.Append(TrackingNames.PartialStubs))
            {
                foreach (var (value, _) in GeneratorHarness.Outputs(result, step))
                {
                    var found = FindForbidden(value, step);
                    Assert.True(found is null, $"Pipeline output reaches compilation data: {found}");
                    visited++;
                }
            }
        }
        // Seven models through two steps, and the rejected one through the parse and stub steps: the walk saw real outputs.
        Assert.Equal(16, visited);
    }

    [Fact]
    public void The_walk_finds_compilation_data_nested_in_records_and_collections()
    {
        var location = Location.Create("x.cs", default, default);
        var holder = new Holder(new[] { new Holder(null, "plain"), new Holder(new object[] { new List<object> { location } }, "deep") }, "top");

        var found = FindForbidden(holder, "holder");

        Assert.NotNull(found);
        Assert.Contains("Location", found, StringComparison.Ordinal);
    }

    [Fact]
    public void The_walk_passes_plain_values()
    {
        Assert.Null(FindForbidden(new Holder(new object[] { "a", 1, new Holder(null, "b") }, "c"), "holder"));
    }

    private sealed record Holder(object? Items, string Name);

    /// <summary>The path to the first forbidden object reachable from <paramref name="root"/>, or null.</summary>
    private static string? FindForbidden(object? root, string rootName)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<(object? Value, string Path)>();
        pending.Push((root, rootName));
        while (pending.Count > 0)
        {
            var (value, path) = pending.Pop();
            if (value is null) continue;
            var type = value.GetType();
            if (Forbidden.Any(f => f.IsAssignableFrom(type))) return $"{path} ({type.FullName})";
            if (type.IsPrimitive || type.IsEnum || value is string || value is decimal) continue;
            if (!type.IsValueType && !seen.Add(value)) continue;
            if (value is Type or MemberInfo or Delegate) return $"{path} (reflection or delegate object {type.FullName})";

            if (value is IEnumerable items)
            {
                var i = 0;
                foreach (var item in items) pending.Push((item, $"{path}[{i++}]"));
            }
            for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
            {
                foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (field.FieldType.IsPointer || field.FieldType.IsByRefLike) continue;
                    pending.Push((field.GetValue(value), $"{path}.{field.Name}"));
                }
            }
        }
        return null;
    }
}
