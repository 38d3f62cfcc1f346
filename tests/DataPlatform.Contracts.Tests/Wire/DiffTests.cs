using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Tests.Wire;

/// <summary>docs/protocol/data-and-diffs.md#diff: key sets with Python equality on decoded values.</summary>
public sealed class DiffTests
{
    private static WireObject Obj(string json) => PythonJson.Parse(json).AsObject();

    [Fact]
    public void Equal_values_of_other_numeric_kinds_are_not_changes()
    {
        var diff = Diff.Compute(Obj("{\"a\": 1, \"b\": true, \"c\": [1, {\"x\": 0}]}"), Obj("{\"a\": 1.0, \"b\": 1, \"c\": [1.0, {\"x\": false}]}"));
        Assert.True(diff.IsEmpty);
    }

    [Fact]
    public void Added_changed_and_deleted_keys_are_reported()
    {
        var diff = Diff.Compute(Obj("{\"a\": \"1\", \"b\": \"2\"}"), Obj("{\"a\": \"9\", \"c\": \"3\"}"));
        Assert.Equal(new[] { "c" }, diff.Added);
        Assert.Equal(new[] { "a" }, diff.Changed);
        Assert.Equal(new[] { "b" }, diff.Deleted);
        Assert.False(diff.ResourceAdded);
    }

    [Fact]
    public void A_missing_old_object_counts_as_empty()
    {
        var diff = Diff.Compute(null, Obj("{\"topic\": \"t\"}"));
        Assert.Equal(new[] { "topic" }, diff.Added);
        Assert.True(diff.ResourceAdded);
    }

    [Fact]
    public void A_changed_resource_is_not_an_added_resource()
    {
        Assert.False(Diff.Compute(Obj("{\"resource\": \"a\"}"), Obj("{\"resource\": \"b\"}")).ResourceAdded);
    }
}
