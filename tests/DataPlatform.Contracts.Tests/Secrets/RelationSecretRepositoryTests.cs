using DataPlatform.Contracts.Secrets;

namespace DataPlatform.Contracts.Tests.Secrets;

public sealed class RelationSecretRepositoryTests
{
    private const string Uuid = "c759221a6c14c72a";

    private static Dictionary<string, string> Content(params (string Key, string Value)[] pairs) =>
        pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    [Fact]
    public void Labels_carry_the_short_uuid_only_when_given()
    {
        // Spec 5.2: <endpoint>.<id>.<short_uuid>.<group>.secret, or without the uuid.
        var store = new InMemorySecretStore();
        var repo = new RelationSecretRepository(store, "database", 0);

        var withUuid = repo.Add("user", Uuid, Content(("username", "u")));
        var withoutUuid = repo.Add("tls", null, Content(("tls", "true")));

        Assert.Equal("database.0.c759221a6c14c72a.user.secret", withUuid.Label);
        Assert.Equal("database.0.c759221a6c14c72a.user.secret", store.OwnerLabel(withUuid.Id));
        Assert.Equal("database.0.tls.secret", withoutUuid.Label);
        Assert.Equal("database.0.tls.secret", store.OwnerLabel(withoutUuid.Id));
        Assert.True(repo.UsesPointers);
    }

    [Fact]
    public void Add_grants_the_new_secret_to_the_relation()
    {
        // Spec 5.3: relation secrets are granted to the remote app right after creation.
        var store = new InMemorySecretStore();
        var repo = new RelationSecretRepository(store, "database", 7);

        var secret = repo.Add("user", Uuid, Content(("username", "u")));

        Assert.Equal(new[] { (secret.Id, 7) }, store.Grants);
        Assert.Equal("secret:0001", secret.Id);
        Assert.Equal(1, store.Revision(secret.Id));
    }

    [Fact]
    public void Get_prefers_the_label_over_the_uri()
    {
        // Spec 5.4: label lookup first; the URI is only used when the label finds nothing.
        var store = new InMemorySecretStore();
        var foreign = store.SeedForeign(Content(("mtls-cert", "other")));
        var owned = new RelationSecretRepository(store, "database", 0).Add("user", Uuid, Content(("username", "mine")));

        var found = new RelationSecretRepository(store, "database", 0).Get("user", foreign, Uuid);

        Assert.NotNull(found);
        Assert.Equal(owned.Id, found.Id);
        Assert.Equal("mine", found.Content["username"]);
        Assert.Equal(0, store.GetByIdCalls);
        Assert.Null(store.ConsumerLabel(foreign));
    }

    [Fact]
    public void Get_by_uri_attaches_our_label_so_later_label_lookups_find_it()
    {
        // Spec 5.3: the consumer attaches its own label by fetching get_secret(id=uri, label=label).
        var store = new InMemorySecretStore();
        var id = store.SeedForeign(Content(("username", "relation_7_user"), ("password", "pw123")));

        var found = new RelationSecretRepository(store, "database", 3).Get("user", id, Uuid);

        Assert.NotNull(found);
        Assert.Equal(id, found.Id);
        Assert.Equal("database.3.c759221a6c14c72a.user.secret", found.Label);
        Assert.Equal("pw123", found.Content["password"]);
        Assert.Equal("database.3.c759221a6c14c72a.user.secret", store.ConsumerLabel(id));
        var byLabel = new RelationSecretRepository(store, "database", 3).Get("user", null, Uuid);
        Assert.Equal(id, byLabel?.Id);
    }

    [Fact]
    public void Get_returns_null_for_an_unknown_label_and_uri()
    {
        var store = new InMemorySecretStore();
        var repo = new RelationSecretRepository(store, "database", 0);

        Assert.Null(repo.Get("user", null, Uuid));
        Assert.Null(repo.Get("user", "secret:9999", Uuid));
    }

    [Fact]
    public void A_denied_uri_raises_naming_the_id_and_not_the_content()
    {
        // Spec 5.4: errors other than the tolerated ones propagate.
        var store = new InMemorySecretStore();
        var id = store.SeedForeign(Content(("password", "hunter2-very-secret")));
        store.Denied.Add(id);

        var error = Assert.Throws<DataPlatform.Contracts.Relations.RelationDataException>(() => new RelationSecretRepository(store, "database", 0).Get("user", id, Uuid));

        Assert.Equal(id, Assert.IsType<SecretAccessException>(error.InnerException).SecretId);
        Assert.Contains("relation database:0", error.Message);
        Assert.Contains(id, error.Message);
        Assert.DoesNotContain("hunter2-very-secret", error.ToString());
    }

    [Fact]
    public void A_second_get_in_the_same_operation_uses_the_cache()
    {
        // Spec 5.4: a cached secret is not looked up again.
        var store = new InMemorySecretStore();
        var repo = new RelationSecretRepository(store, "database", 0);
        var added = repo.Add("user", Uuid, Content(("username", "u")));
        var callsAfterAdd = store.GetByLabelCalls;

        var first = repo.Get("user", null, Uuid);
        repo.SetContent(added, Content(("username", "u"), ("password", "p")));
        var second = repo.Get("user", null, Uuid);

        Assert.Equal(callsAfterAdd, store.GetByLabelCalls);
        Assert.Equal(added.Id, first?.Id);
        Assert.Equal("p", second?.Content["password"]);
        Assert.Equal(2, store.Revision(added.Id));
    }

    [Fact]
    public void Setting_identical_content_adds_no_revision()
    {
        // Spec 5.4: set_content with the current content is a no-op.
        var store = new InMemorySecretStore();
        var repo = new RelationSecretRepository(store, "database", 0);
        var added = repo.Add("user", Uuid, Content(("username", "u")));

        repo.SetContent(added, Content(("username", "u")));
        new RelationSecretRepository(store, "database", 0).SetContent(added, Content(("username", "u")));

        Assert.Equal(1, store.Revision(added.Id));
    }

    [Fact]
    public void Setting_empty_content_removes_the_secret()
    {
        // Spec 5.4: empty content -> remove_all_revisions.
        var store = new InMemorySecretStore();
        var repo = new RelationSecretRepository(store, "database", 0);
        var added = repo.Add("user", Uuid, Content(("username", "u")));

        repo.SetContent(added, Content());

        Assert.False(store.Exists(added.Id));
        Assert.Null(repo.Get("user", null, Uuid));
    }

    [Fact]
    public void Remove_deletes_the_secret_and_forgets_it()
    {
        var store = new InMemorySecretStore();
        var repo = new RelationSecretRepository(store, "database", 0);
        var added = repo.Add("user", Uuid, Content(("username", "u")));
        Assert.NotNull(repo.Get("user", null, Uuid));

        repo.Remove(added);

        Assert.False(store.Exists(added.Id));
        Assert.Null(repo.Get("user", null, Uuid));
        // Forgotten: the label can be used again.
        var again = repo.Add("user", Uuid, Content(("username", "v")));
        Assert.NotEqual(added.Id, again.Id);
    }

    [Fact]
    public void Adding_a_label_already_known_raises_naming_the_label()
    {
        // Spec 5.4: SecretCache.add raises SecretAlreadyExistsError for a cached label.
        var store = new InMemorySecretStore();
        var repo = new RelationSecretRepository(store, "database", 0);
        repo.Add("user", Uuid, Content(("password", "s3cr3t-value")));

        var error = Assert.Throws<InvalidOperationException>(() => repo.Add("user", Uuid, Content(("password", "s3cr3t-value"))));

        Assert.Contains("database.0.c759221a6c14c72a.user.secret", error.Message);
        Assert.DoesNotContain("s3cr3t-value", error.Message);
        Assert.Single(store.Ids);
    }

    [Fact]
    public void Returned_content_is_a_snapshot_that_the_caller_cannot_change()
    {
        var store = new InMemorySecretStore();
        var repo = new RelationSecretRepository(store, "database", 0);
        var content = Content(("username", "u"));
        var added = repo.Add("user", Uuid, content);

        content["username"] = "changed";

        Assert.Equal("u", added.Content["username"]);
        Assert.Equal("u", repo.Get("user", null, Uuid)?.Content["username"]);
        Assert.IsNotType<Dictionary<string, string>>(added.Content);
    }
}
