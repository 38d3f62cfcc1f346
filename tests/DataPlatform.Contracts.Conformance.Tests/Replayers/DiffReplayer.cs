using System.Text.Json;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Conformance.Tests.Replayers;

/// <summary>Kind D: diff() and resource_added() on decoded JSON objects.</summary>
public static class DiffReplayer
{
    /// <summary>Whether the case compares two objects (the others show a model's diff view).</summary>
    public static bool IsObjectDiff(JsonElement testCase) => testCase.GetProperty("inputs").TryGetProperty("new", out _);

    public static void ReplayObjectDiff(JsonElement testCase)
    {
        var inputs = testCase.GetProperty("inputs");
        var outputs = testCase.GetProperty("outputs");
        var old = inputs.GetProperty("old");
        var diff = Diff.Compute(
            old.ValueKind == JsonValueKind.Null ? null : PythonJson.Parse(old.GetRawText()).AsObject(),
            PythonJson.Parse(inputs.GetProperty("new").GetRawText()).AsObject());

        Assert.Equal(Sorted(outputs.GetProperty("added")), Sorted(diff.Added));
        Assert.Equal(Sorted(outputs.GetProperty("changed")), Sorted(diff.Changed));
        Assert.Equal(Sorted(outputs.GetProperty("deleted")), Sorted(diff.Deleted));
        Assert.Equal(outputs.GetProperty("resource_added").GetBoolean(), diff.ResourceAdded);
    }

    /// <summary>What compute_diff compares: the model built from the fields, dumped compactly.</summary>
    public static void ReplayDiffView(JsonElement testCase)
    {
        var inputs = testCase.GetProperty("inputs");
        var type = VectorType.Named(inputs.GetProperty("model").GetString()!);
        var model = (IRelationModel)type.FromFields(inputs.GetProperty("fields"), new ModelReadContext());
        var writer = new PythonJsonWriter();
        model.WriteJson(writer, ModelWriteContext.Compact);
        using var view = JsonDocument.Parse(writer.ToString());
        new Comparison.VectorComparer().AssertMatches(testCase.GetProperty("outputs").GetProperty("diff_view"), view.RootElement, "diff_view");
    }

    private static List<string> Sorted(JsonElement list) => Sorted(list.EnumerateArray().Select(e => e.GetString()!));

    private static List<string> Sorted(IEnumerable<string> keys)
    {
        var sorted = keys.ToList();
        sorted.Sort(StringComparer.Ordinal);
        return sorted;
    }
}
