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

    // Lookups try a key's position in the other object first; these pairs share some keys, in
    // orders that agree, disagree or are shifted by an insertion, so the hint hits and misses.
    [Fact]
    public void Diffs_and_equality_do_not_depend_on_key_order()
    {
        var random = new Random(1307);
        for (var round = 0; round < 500; round++)
        {
            var old = RandomObject(random);
            var @new = RandomObject(random);
            var diff = Diff.Compute(old, @new);

            // Independently: the same sets from dictionaries.
            var before = old.ToDictionary(m => m.Key, m => m.Value);
            var after = @new.ToDictionary(m => m.Key, m => m.Value);
            Assert.Equal(after.Keys.Where(k => !before.ContainsKey(k)).Order(), diff.Added.Order());
            Assert.Equal(after.Keys.Where(k => before.TryGetValue(k, out var v) && !v.Equals(after[k])).Order(), diff.Changed.Order());
            Assert.Equal(before.Keys.Where(k => !after.ContainsKey(k)).Order(), diff.Deleted.Order());

            // The same members in another order are an equal object, with an empty diff.
            var shuffled = new WireObject();
            foreach (var member in old.OrderBy(_ => random.Next())) shuffled.Set(member.Key, member.Value);
            Assert.True(old.Equals(shuffled));
            Assert.True(shuffled.Equals(old));
            Assert.True(Diff.Compute(shuffled, old).IsEmpty);
            Assert.Equal(before.Count == after.Count && before.All(m => after.TryGetValue(m.Key, out var v) && v.Equals(m.Value)), old.Equals(@new));
        }
    }

    // Up to 12 of 16 keys in a random order, each with one of three values.
    private static WireObject RandomObject(Random random)
    {
        var obj = new WireObject();
        foreach (var key in Enumerable.Range(0, 16).OrderBy(_ => random.Next()).Take(random.Next(13)))
        {
            obj.Set("k" + key, WireValue.FromInteger(random.Next(3)));
        }
        return obj;
    }

    [Fact]
    public void A_changed_resource_is_not_an_added_resource()
    {
        Assert.False(Diff.Compute(Obj("{\"resource\": \"a\"}"), Obj("{\"resource\": \"b\"}")).ResourceAdded);
    }
}
