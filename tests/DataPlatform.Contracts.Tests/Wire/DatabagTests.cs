using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Tests.Wire;

public sealed class DatabagTests
{
    [Fact]
    public void Setting_an_empty_value_deletes_the_key_as_juju_does()
    {
        var bag = new Databag { ["database"] = "mydb", ["version"] = "v1" };
        bag["database"] = "";
        bag["version"] = null;
        Assert.Empty(bag);
        Assert.False(bag.ContainsKey("database"));
    }

    [Fact]
    public void Reading_an_absent_key_names_it()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => new Databag()["requests"]);
        Assert.Contains("'requests'", error.Message);
        Assert.Null(new Databag().Get("requests"));
    }

    [Fact]
    public void Equality_ignores_order_and_clones_are_independent()
    {
        var a = new Databag { ["x"] = "1", ["y"] = "2" };
        var b = new Databag { ["y"] = "2", ["x"] = "1" };
        Assert.Equal(a, b);
        var c = a.Clone();
        c["x"] = "3";
        Assert.Equal("1", a["x"]);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void Constructing_from_entries_drops_empty_values()
    {
        var bag = new Databag(new Dictionary<string, string> { ["a"] = "", ["b"] = "x" });
        Assert.Equal(new[] { "b" }, bag.Keys);
    }
}
