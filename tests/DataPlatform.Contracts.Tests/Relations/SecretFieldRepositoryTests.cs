using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.Relations;
using DataPlatform.Contracts.Testing;

namespace DataPlatform.Contracts.Tests.Relations;

/// <summary>
/// docs/protocol/repositories.md#secret-fields: one secret field at a time through a repository, in a relation bag
/// (pointer <c>secret-&lt;group&gt;</c>, label <c>&lt;endpoint&gt;.&lt;id&gt;.&lt;group&gt;.secret</c>)
/// and in a peer bag (label only; optional id under <c>&lt;field&gt;@&lt;group&gt;</c>).
/// </summary>
public sealed class SecretFieldRepositoryTests
{
    private Action<CharmHost>? _operation;
    private readonly InMemoryJuju _juju = new();
    private readonly int _relation;
    private readonly int _peer;

    public SecretFieldRepositoryTests()
    {
        var db = new CharmMetadata("db")
        {
            Provides = new[] { new EndpointMetadata("database", "postgresql_client") },
            Peers = new[] { new EndpointMetadata("cluster", "db_peers") },
        };
        _juju.Deploy("db", db, host =>
        {
            host.Observe("operation", _ => _operation?.Invoke(host));
            return host;
        }, units: 2);
        _juju.Deploy("app", new CharmMetadata("app") { Requires = new[] { new EndpointMetadata("database", "postgresql_client") } }, host =>
        {
            host.Observe("operation", _ => _operation?.Invoke(host));
            return host;
        });
        _relation = _juju.Relate("app", "database", "db", "database");
        _peer = _juju.AddPeerRelation("db", "cluster");
    }

    private void Run(string unit, Action<CharmHost> operation)
    {
        _operation = operation;
        var result = _juju.RunHook(unit, new DataPlatform.Contracts.Juju.HookContext("operation"));
        Assert.True(result.Error is null, result.Error?.ToString());
    }

    private DataRepository App(CharmHost host) => Repositories.RelationApp(host, "database", _relation);

    [Fact]
    public void Writing_a_secret_field_creates_the_group_secret_its_pointer_and_a_grant()
    {
        Run("db/0", host => App(host).WriteSecretField("password", "pw-1", "user"));

        var bag = _juju.Databag(_relation, "db");
        var secret = _juju.SecretByOwnerLabel("db", $"database.{_relation}.user.secret");
        Assert.NotNull(secret);
        Assert.Equal(secret!.Id, bag["secret-user"]);
        Assert.Equal(new Dictionary<string, string> { ["password"] = "pw-1" }, secret.LatestContent);
        Assert.DoesNotContain("password", bag.Keys);

        // The remote application may read it: the grant is on the relation.
        string? read = null;
        Run("app/0", host => read = host.Backend.SecretGet(secret.Id, "mine", DataPlatform.Contracts.Juju.SecretRead.Tracked)["password"]);
        Assert.Equal("pw-1", read);
    }

    [Fact]
    public void A_second_field_joins_the_same_secret_and_is_read_back_by_field()
    {
        Run("db/0", host => App(host).WriteSecretField("username", "u", "user"));
        Run("db/0", host => App(host).WriteSecretField("password", "pw", "user"));

        string? password = null, missing = null;
        Run("db/0", host =>
        {
            password = App(host).GetSecretField("password", "user");
            missing = App(host).GetSecretField("password", "tls");
        });

        Assert.Equal("pw", password);
        Assert.Null(missing);
        var secret = _juju.SecretByOwnerLabel("db", $"database.{_relation}.user.secret")!;
        Assert.Equal(2, secret.LatestContent.Count);
    }

    // D11: emptying the secret removes it and its pointer (upstream pops the plain field name).
    [Fact]
    public void D11_deleting_the_last_field_removes_the_secret_and_its_pointer()
    {
        Run("db/0", host => App(host).WriteSecretField("username", "u", "user"));
        Run("db/0", host => App(host).WriteSecretField("password", "pw", "user"));
        var id = _juju.Databag(_relation, "db")["secret-user"];

        Run("db/0", host => App(host).DeleteSecretField("password", "user"));
        Assert.Equal(new Dictionary<string, string> { ["username"] = "u" }, _juju.Secret(id).LatestContent);
        Assert.Equal(id, _juju.Databag(_relation, "db")["secret-user"]);

        Run("db/0", host => App(host).DeleteSecretField("username", "user"));
        Assert.DoesNotContain(_juju.Secrets, s => s.Id == id);
        Assert.False(_juju.Databag(_relation, "db").ContainsKey("secret-user"));
    }

    [Fact]
    public void Deleting_a_secret_removes_every_revision_and_the_pointer()
    {
        Run("db/0", host => App(host).WriteSecretField("tls-ca", "CA", "tls"));

        Run("db/0", host => App(host).DeleteSecret("tls"));

        Assert.Null(_juju.SecretByOwnerLabel("db", $"database.{_relation}.tls.secret"));
        Assert.False(_juju.Databag(_relation, "db").ContainsKey("secret-tls"));
    }

    [Fact]
    public void Registering_a_secret_attaches_this_sides_label()
    {
        Run("db/0", host => App(host).WriteSecretField("password", "pw", "user"));
        var id = _juju.Databag(_relation, "db")["secret-user"];

        Run("app/0", host => Repositories.RelationApp(host, "database", _relation).RegisterSecret(id, "user", "0123456789abcdef"));

        Assert.NotNull(_juju.SecretByConsumerLabel("app/0", $"database.{_relation}.0123456789abcdef.user.secret"));
    }

    [Fact]
    public void Registering_a_secret_that_does_not_exist_names_the_relation()
    {
        _operation = host => Repositories.RelationApp(host, "database", _relation).RegisterSecret("secret:nosuchsecret0000000", "user");
        var result = _juju.RunHook("app/0", new DataPlatform.Contracts.Juju.HookContext("operation"));

        var error = Assert.IsType<RelationDataException>(result.Error);
        Assert.Equal(_relation, error.RelationId);
    }

    // 9.4 and 5.2: the peer form: label only (the extra group is labelled without a group part),
    // field key `<field>@<group>`, every unit reads it.
    [Fact]
    public void Peer_secret_fields_use_the_field_at_group_form_and_labels_only()
    {
        Run("db/0", host =>
        {
            var peer = Repositories.PeerApp(host, "cluster");
            Assert.Equal("operator-password@extra", peer.SecretFieldKey("extra", "operator-password"));
            peer.WriteSecretField("operator-password", "op-pw", "extra");
        });

        Assert.Empty(_juju.Databag(_peer, "db"));
        Assert.Equal("op-pw", _juju.SecretByOwnerLabel("db", "cluster.db.app")!.LatestContent["operator-password"]);
        string? read = null;
        Run("db/1", host => read = Repositories.PeerApp(host, "cluster").GetSecretField("operator-password", "extra"));
        Assert.Equal("op-pw", read);
    }

    [Fact]
    public void A_non_leader_writes_no_secret_field()
    {
        Run("db/1", host => App(host).WriteSecretField("password", "pw", "user"));

        Assert.Null(_juju.SecretByOwnerLabel("db", $"database.{_relation}.user.secret"));
        Assert.Contains(_juju.Logs("db/1"), l => l.Message.Contains("WriteSecretField", StringComparison.Ordinal));
    }
}
