using DataPlatform.Contracts.Juju;
using static DataPlatform.Contracts.Testing.Tests.TestModel;

namespace DataPlatform.Contracts.Testing.Tests;

/// <summary>Only the leader reads its own app databag of a non-peer relation and writes app databags (docs/hook-tools.md#leadership).</summary>
public sealed class LeadershipTests
{
    [Fact]
    public void Unit_zero_leads_and_SetLeader_moves_leadership()
    {
        var model = new TestModel();
        model.DbAndApp();

        Assert.True(model.Get("db/0", juju => juju.IsLeader()));
        Assert.False(model.Get("db/1", juju => juju.IsLeader()));
        model.Juju.SetLeader("db/1");
        Assert.Equal("db/1", model.Juju.App("db").Leader);
        Assert.False(model.Get("db/0", juju => juju.IsLeader()));
        Assert.True(model.Get("db/1", juju => juju.IsLeader()));
    }

    [Fact]
    public void A_non_leader_cannot_read_its_own_app_databag_of_a_non_peer_relation()
    {
        var model = new TestModel();
        var id = model.DbAndApp();
        model.Ok("db/0", juju => juju.RelationSet(id, Bag("endpoints", "x"), app: true));

        var error = model.Fails<RelationAccessDeniedException>("db/1", juju => juju.RelationGet(id, "db"));
        Assert.Equal("db", error.Member);
        Assert.Equal("x", model.Get("app/1", juju => juju.RelationGet(id, "db"))["endpoints"]);
    }

    [Fact]
    public void A_non_leader_cannot_write_an_app_databag_of_any_relation()
    {
        var model = new TestModel();
        var id = model.DbAndApp();
        var peer = model.Juju.AddPeerRelation("db", "db-peers");

        model.Fails<NotLeaderException>("db/1", juju => juju.RelationSet(id, Bag("k", "v"), app: true));
        model.Fails<NotLeaderException>("db/1", juju => juju.RelationSet(peer, Bag("k", "v"), app: true));
        model.Ok("db/1", juju => juju.RelationSet(peer, Bag("k", "v"), app: false));
    }

    [Fact]
    public void Every_unit_reads_the_peer_app_databag()
    {
        var model = new TestModel();
        model.DbAndApp();
        var peer = model.Juju.AddPeerRelation("db", "db-peers");
        model.Ok("db/0", juju => juju.RelationSet(peer, Bag("cluster", "ready"), app: true));

        Assert.Equal("ready", model.Get("db/1", juju => juju.RelationGet(peer, "db"))["cluster"]);
        Assert.Equal(new[] { "db/0" }, model.Get("db/1", juju => juju.RelationUnits(peer)));
        Assert.Equal("db", model.Get("db/1", juju => juju.RemoteApp(peer)));
    }

    [Fact]
    public void Only_the_leader_adds_or_manages_an_application_secret_but_any_unit_adds_a_unit_secret()
    {
        var model = new TestModel();
        model.DbAndApp();
        model.Fails<NotLeaderException>("db/1", juju => juju.SecretAdd(Bag("password", "pw"), null, SecretOwner.Application));
        var unitSecret = model.Get("db/1", juju => juju.SecretAdd(Bag("password", "pw"), null, SecretOwner.Unit));
        var appSecret = model.Get("db/0", juju => juju.SecretAdd(Bag("password", "pw"), null, SecretOwner.Application));

        Assert.Equal("db/1", model.Juju.Secret(unitSecret).OwnerUnit);
        Assert.Equal("pw", model.Get("db/1", juju => juju.SecretGet(appSecret, null, SecretRead.Tracked))["password"]);
        model.Fails<NotLeaderException>("db/1", juju => juju.SecretSet(appSecret, Bag("password", "pw-2")));
        model.Fails<NotLeaderException>("db/1", juju => juju.SecretInfoGet(appSecret, null));
    }
}
