using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Models;
using DataPlatform.Contracts.Relations;
using DataPlatform.Contracts.Testing;

namespace DataPlatform.Contracts.Tests.Relations;

/// <summary>A charm's peer data: plain keys in the peer databag, secret members in label-only secrets.</summary>
[RelationModel]
public partial class ClusterState : PeerModel
{
    public partial string? Primary { get; set; }

    [TlsSecret]
    public partial string? TlsKey { get; set; }
}

/// <summary>docs/protocol/repositories.md: repositories over the relation, peer and other-peer-unit databags.</summary>
public sealed class RepositoryTests
{
    private const string Peers = "cluster";
    private Action<CharmHost>? _operation;
    private readonly InMemoryJuju _juju = new();
    private readonly int _peer;

    public RepositoryTests()
    {
        var metadata = new CharmMetadata("db") { Peers = new[] { new EndpointMetadata(Peers, "db_peers") } };
        _juju.Deploy("db", metadata, host =>
        {
            host.Observe("operation", _ => _operation?.Invoke(host));
            return host;
        }, units: 2);
        _peer = _juju.AddPeerRelation("db", Peers);
    }

    private HookResult Run(string unit, Action<CharmHost> operation)
    {
        _operation = operation;
        var result = _juju.RunHook(unit, new HookContext("operation"));
        Assert.True(result.Error is null, result.Error?.ToString());
        return result;
    }

    [Fact]
    public void A_peer_model_keeps_secret_members_in_a_label_only_secret_that_every_unit_reads()
    {
        Run("db/0", host => Repositories.PeerApp(host, Peers).Write(new ClusterState { Primary = "db/0", TlsKey = "key-material" }));

        var bag = _juju.Databag(_peer, "db");
        Assert.Equal("db/0", bag["primary"]);
        Assert.DoesNotContain(bag.Keys, k => k.StartsWith("secret-", StringComparison.Ordinal) || k == "tls-key");
        var secret = _juju.SecretByOwnerLabel("db", "cluster.db.app.tls");
        Assert.NotNull(secret);
        Assert.Equal("key-material", secret!.LatestContent["tls-key"]);

        ClusterState? read = null;
        Run("db/1", host => read = Repositories.PeerApp(host, Peers).Read<ClusterState>());
        Assert.Equal("db/0", read!.Primary);
        Assert.Equal("key-material", read.TlsKey);
    }

    [Fact]
    public void Unit_scope_peer_secrets_are_owned_by_the_unit_and_labelled_with_the_unit_scope()
    {
        Run("db/1", host => Repositories.PeerUnit(host, Peers).Write(new ClusterState { TlsKey = "unit-key" }));

        var secret = _juju.SecretByOwnerLabel("db/1", "cluster.db.unit.tls") ?? _juju.Secrets.Single(s => s.OwnerLabel == "cluster.db.unit.tls");
        Assert.Equal("db/1", secret.OwnerUnit);
        Assert.Equal("unit-key", secret.LatestContent["tls-key"]);
    }

    [Fact]
    public void Another_units_bag_is_read_only()
    {
        Run("db/1", host => Repositories.PeerUnit(host, Peers).WriteField("state", "ready"));

        string? state = null;
        Exception? write = null;
        Run("db/0", host =>
        {
            var other = Repositories.OtherPeerUnit(host, Peers, "db/1");
            state = other.GetField("state");
            write = Record.Exception(() => other.WriteField("state", "broken"));
        });

        Assert.Equal("ready", state);
        var error = Assert.IsType<NotSupportedException>(write);
        Assert.Contains("db/1", error.Message);
        Assert.Equal("ready", _juju.Databag(_peer, "db/1")["state"]);
    }

    [Fact]
    public void D3_write_fields_and_delete_fields_write_and_delete_every_key()
    {
        Run("db/0", host => Repositories.PeerApp(host, Peers).WriteFields(new Dictionary<string, string> { ["a"] = "1", ["b"] = "2", ["c"] = "3" }));
        Assert.Equal(new[] { "a", "b", "c" }, _juju.Databag(_peer, "db").Keys.OrderBy(k => k));

        Run("db/0", host => Repositories.PeerApp(host, Peers).DeleteFields("a", "c", "missing"));
        Assert.Equal(new[] { "b" }, _juju.Databag(_peer, "db").Keys);
    }

    [Fact]
    public void An_empty_value_is_not_written_as_upstream()
    {
        Run("db/0", host => Repositories.PeerApp(host, Peers).WriteField("a", "1"));
        Run("db/0", host => Repositories.PeerApp(host, Peers).WriteField("a", ""));
        Assert.Equal("1", _juju.Databag(_peer, "db")["a"]);
    }

    [Fact]
    public void A_non_leader_write_to_the_app_bag_is_logged_and_not_done()
    {
        var result = Run("db/1", host => Repositories.PeerApp(host, Peers).WriteField("a", "1"));

        Assert.Empty(_juju.Databag(_peer, "db"));
        Assert.Contains(result.Logs, l => l.Level == JujuLogLevel.Warning && l.Message.Contains("leader") && l.Message.Contains("cluster:"));
    }
}
