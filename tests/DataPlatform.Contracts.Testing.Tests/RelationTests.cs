using DataPlatform.Contracts.Juju;
using static DataPlatform.Contracts.Testing.Tests.TestModel;

namespace DataPlatform.Contracts.Testing.Tests;

/// <summary>Relations: ids, ends, membership and errors.</summary>
public sealed class RelationTests
{
    [Fact]
    public void Relation_ids_start_at_zero_and_are_the_same_on_both_sides()
    {
        var model = new TestModel();
        var id = model.DbAndApp();
        var peer = model.Juju.AddPeerRelation("db", "db-peers");

        Assert.Equal((0, 1), (id, peer));
        Assert.Equal(new[] { 0 }, model.Get("db/0", juju => juju.RelationIds("database")));
        Assert.Equal(new[] { 0 }, model.Get("app/1", juju => juju.RelationIds("database")));
        Assert.Equal("app", model.Get("db/0", juju => juju.RemoteApp(id)));
        Assert.Equal("db", model.Get("app/0", juju => juju.RemoteApp(id)));
        Assert.Equal(new[] { "app/0", "app/1" }, model.Get("db/1", juju => juju.RelationUnits(id)));
        Assert.Empty(model.Get("db/0", juju => juju.RelationIds("unknown")));
    }

    [Fact]
    public void A_remote_unit_databag_is_readable_and_an_unknown_relation_is_not_found()
    {
        var model = new TestModel();
        var id = model.DbAndApp();
        model.Ok("app/1", juju => juju.RelationSet(id, Bag("ip", "10.1.1.1"), app: false));

        Assert.Equal("10.1.1.1", model.Get("db/1", juju => juju.RelationGet(id, "app/1"))["ip"]);
        Assert.Equal(7, model.Fails<RelationNotFoundException>("db/0", juju => juju.RelationGet(7, "app")).RelationId);
        model.Fails<RelationNotFoundException>("db/0", juju => juju.RelationSet(7, Bag("k", "v"), app: false));
    }

    [Fact]
    public void Relate_refuses_endpoints_that_are_not_a_provides_requires_pair_of_one_interface()
    {
        var model = new TestModel();
        model.DbAndApp();

        Assert.Throws<ArgumentException>(() => model.Juju.Relate("app", "nope", "db", "database"));
        Assert.Throws<InvalidOperationException>(() => model.Juju.Relate("app", "database", "db", "db-peers"));
        Assert.Throws<InvalidOperationException>(() => model.Juju.AddPeerRelation("db", "database"));
    }

    [Fact]
    public void RemoveRelation_forgets_the_relation()
    {
        var model = new TestModel();
        var id = model.DbAndApp();
        model.Juju.RemoveRelation(id);

        Assert.Empty(model.Juju.RelationIds);
        model.Fails<RelationNotFoundException>("db/0", juju => juju.RelationGet(id, "app"));
    }
}
