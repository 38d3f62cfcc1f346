using DataPlatform.Contracts.Secrets;

namespace DataPlatform.Contracts.Tests.Secrets;

public sealed class PeerSecretRepositoryTests
{
    private static Dictionary<string, string> Content(params (string Key, string Value)[] pairs) =>
        pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    [Theory]
    // Spec 5.2: <relation>.<app>.<scope>, plus .<group> unless the group is extra.
    [InlineData(SecretScope.App, "extra", "database-peers.database.app")]
    [InlineData(SecretScope.App, "mygroup", "database-peers.database.app.mygroup")]
    [InlineData(SecretScope.Unit, "tls", "database-peers.database.unit.tls")]
    public void Labels_follow_the_peer_format(SecretScope scope, string group, string label)
    {
        var store = new InMemorySecretStore();
        var repo = new PeerSecretRepository(store, "database-peers", "database", scope);

        var secret = repo.Add(group, "c759221a6c14c72a", Content(("k", "v")));

        Assert.Equal(label, secret.Label);
        Assert.Equal(label, store.OwnerLabel(secret.Id));
        Assert.False(repo.UsesPointers);
    }

    [Theory]
    [InlineData(SecretScope.App, "app")]
    [InlineData(SecretScope.Unit, "unit")]
    public void Scope_wire_text(SecretScope scope, string text) => Assert.Equal(text, scope.ToWireText());

    [Fact]
    public void Add_never_grants()
    {
        // Spec 2.2 / 5.3: peer secrets are not granted.
        var store = new InMemorySecretStore();
        var repo = new PeerSecretRepository(store, "database-peers", "database", SecretScope.App);

        repo.Add("extra", null, Content(("secret-field", "v")));

        Assert.Empty(store.Grants);
    }

    [Fact]
    public void Get_goes_by_label_only_and_ignores_uris()
    {
        // Spec 2.2: get_secret(group, secret_uri=None).
        var store = new InMemorySecretStore();
        var foreign = store.SeedForeign(Content(("k", "v")));
        var repo = new PeerSecretRepository(store, "database-peers", "database", SecretScope.App);

        Assert.Null(repo.Get("extra", foreign, null));
        Assert.Equal(0, store.GetByIdCalls);
        Assert.Null(store.ConsumerLabel(foreign));

        var added = new PeerSecretRepository(store, "database-peers", "database", SecretScope.App).Add("extra", null, Content(("k", "mine")));
        var found = repo.Get("extra", foreign, "ignored-uuid");
        Assert.Equal(added.Id, found?.Id);
    }

    [Fact]
    public void Secret_writer_stores_peer_members_without_grants()
    {
        // Spec 2.2: no pointer bookkeeping for peers; an emptied secret is removed.
        var store = new InMemorySecretStore();
        var repo = new PeerSecretRepository(store, "database-peers", "database", SecretScope.Unit);

        var id = SecretWriter.Write(repo, "tls", null, null, new[] { new SecretField("tls-ca", "CA") });
        Assert.NotNull(id);
        Assert.Equal("CA", store.Content(id)["tls-ca"]);
        Assert.Empty(store.Grants);

        var fresh = new PeerSecretRepository(store, "database-peers", "database", SecretScope.Unit);
        Assert.Null(SecretWriter.Write(fresh, "tls", null, null, new[] { new SecretField("tls-ca", null) }));
        Assert.False(store.Exists(id));
    }
}
