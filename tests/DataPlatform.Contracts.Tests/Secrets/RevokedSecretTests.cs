using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Relations;
using DataPlatform.Contracts.Secrets;
using DataPlatform.Contracts.Testing;

namespace DataPlatform.Contracts.Tests.Secrets;

/// <summary>
/// A secret whose grant was revoked, read through the Juju seam (JujuSecretStore over the in-memory
/// Juju's hook tools): the same typed error naming the relation whether the repository found it
/// by its consumer label or by the pointer's id; a removed secret reads as absent either way.
/// </summary>
public sealed class RevokedSecretTests
{
    private const string Password = "revoked-secret-value-never-printed";
    private const string ShortUuid = "0123456789abcdef";
    private readonly InMemoryJuju _juju = new();
    private readonly int _relation;
    private Func<RelationSecretRepository, StoredSecret?>? _read;
    private StoredSecret? _found;

    public RevokedSecretTests()
    {
        _juju.Deploy("db", new CharmMetadata("db") { Provides = new[] { new EndpointMetadata("database", "postgresql_client") } }, host =>
        {
            host.Observe("revoke", _ => host.Backend.SecretRevoke(RevokeId!, _relation));
            return host;
        });
        _juju.Deploy("app", new CharmMetadata("app") { Requires = new[] { new EndpointMetadata("database", "postgresql_client") } }, host =>
        {
            host.Observe("read", _ => _found = _read!(new RelationSecretRepository(new JujuSecretStore(host.Backend), "database", _relation)));
            return host;
        });
        _relation = _juju.Relate("app", "database", "db", "database");
    }

    private string? RevokeId { get; set; }

    [Fact]
    public void A_revoked_secret_fails_alike_by_label_and_by_id_naming_the_relation_not_the_content()
    {
        var seen = AddGranted();
        var unseen = AddGranted();
        // The first read by id gives the secret its consumer label, so the next read finds it by label.
        Assert.True(Read(r => r.Get("user", seen, ShortUuid)).Committed);
        Revoke(seen);
        Revoke(unseen);

        var byLabel = Read(r => r.Get("user", null, ShortUuid));
        var byId = Read(r => r.Get("entity", unseen, ShortUuid));

        foreach (var result in new[] { byLabel, byId })
        {
            var error = Assert.IsType<RelationDataException>(result.Error);
            Assert.Equal(_relation, error.RelationId);
            Assert.Contains($"database:{_relation}", error.Message);
            Assert.IsType<SecretAccessException>(error.InnerException);
            Assert.DoesNotContain(Password, error.ToString());
        }
        Assert.Equal("secret-user", ((RelationDataException)byLabel.Error!).Key);
        Assert.Equal("secret-entity", ((RelationDataException)byId.Error!).Key);
    }

    [Fact]
    public void A_removed_secret_reads_as_absent_by_label_and_by_id()
    {
        var seen = AddGranted();
        Assert.True(Read(r => r.Get("user", seen, ShortUuid)).Committed);
        _juju.RemoveSecret(seen);

        Assert.True(Read(r => r.Get("user", null, ShortUuid)).Committed);
        Assert.Null(_found);
        Assert.True(Read(r => r.Get("user", seen, ShortUuid)).Committed);
        Assert.Null(_found);
    }

    private string AddGranted() =>
        _juju.AddSecret("db", null, new Dictionary<string, string> { ["password"] = Password }, new Dictionary<int, string> { [_relation] = "app" });

    private void Revoke(string id)
    {
        RevokeId = id;
        Assert.True(_juju.RunHook("db/0", new HookContext("revoke")).Committed);
    }

    private HookResult Read(Func<RelationSecretRepository, StoredSecret?> read)
    {
        _read = read;
        _found = null;
        return _juju.RunHook("app/0", new HookContext("read"));
    }
}
