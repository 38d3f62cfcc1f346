using DataPlatform.Contracts.Secrets;

namespace DataPlatform.Contracts.Tests.Secrets;

public sealed class SecretReaderTests
{
    private const string Uuid = "c759221a6c14c72a";

    private static Dictionary<string, string> Content(params (string Key, string Value)[] pairs) =>
        pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    [Fact]
    public void Without_a_pointer_nothing_is_read_where_pointers_are_used()
    {
        // Spec 5.6: no pointer -> skip (even when a secret with the label exists).
        var store = new InMemorySecretStore();
        new RelationSecretRepository(store, "database", 0).Add("user", Uuid, Content(("username", "u")));
        var repo = new RelationSecretRepository(store, "database", 0);
        var lookups = store.GetByLabelCalls;

        Assert.Null(SecretReader.Find(repo, "user", null, Uuid));
        Assert.Equal(lookups, store.GetByLabelCalls);
    }

    [Fact]
    public void With_a_pointer_the_secret_is_read_and_labelled()
    {
        // Spec 5.6: get_secret(group, uri, short_uuid) labels the secret on the consumer side.
        var store = new InMemorySecretStore();
        var id = store.SeedForeign(Content(("username", "relation_7_user")));

        var secret = SecretReader.Find(new RelationSecretRepository(store, "database", 0), "user", id, Uuid);

        Assert.NotNull(secret);
        Assert.Equal("relation_7_user", SecretReader.String(secret, "username"));
        Assert.Null(SecretReader.String(secret, "password"));
        Assert.Equal("database.0.c759221a6c14c72a.user.secret", store.ConsumerLabel(id));
    }

    [Fact]
    public void Peer_secrets_are_found_without_a_pointer()
    {
        // Spec 2.2: peers look up by label only.
        var store = new InMemorySecretStore();
        var repo = new PeerSecretRepository(store, "database-peers", "database", SecretScope.App);
        repo.Add("extra", null, Content(("secret-field", "v")));

        var secret = SecretReader.Find(new PeerSecretRepository(store, "database-peers", "database", SecretScope.App), "extra", null, null);

        Assert.Equal("v", secret is null ? null : SecretReader.String(secret, "secret-field"));
    }

    [Theory]
    // D16: true/false in any letter case.
    [InlineData("true", true)]
    [InlineData("TRUE", true)]
    [InlineData("False", false)]
    [InlineData("false", false)]
    public void Booleans_are_read_in_any_letter_case(string stored, bool expected)
    {
        var secret = new StoredSecret("secret:0001", "database.0.tls.secret", Content(("tls", stored)));
        var context = new ModelReadContext();
        context.BeginModel();

        var value = SecretReader.Boolean(secret, "tls", "tls", "Tls", context);

        Assert.Equal(expected, value);
        Assert.Equal(0, context.IssueCount);
        context.EndModel("TestModel");
    }

    [Fact]
    public void An_absent_boolean_is_null_without_an_issue()
    {
        var secret = new StoredSecret("secret:0001", "database.0.tls.secret", Content());
        var context = new ModelReadContext();

        Assert.Null(SecretReader.Boolean(secret, "tls", "tls", "Tls", context));
        Assert.Equal(0, context.IssueCount);
    }

    [Theory]
    [InlineData("yes-this-is-hidden")]
    [InlineData("1")]
    [InlineData("")]
    public void Any_other_boolean_text_is_a_bool_parsing_issue_that_hides_the_value(string stored)
    {
        // D16 / spec 5.6: anything else is an error; messages never contain a secret value.
        var secret = new StoredSecret("secret:0001", "database.0.tls.secret", Content(("tls", stored)));
        var context = new ModelReadContext();
        context.BeginModel();

        Assert.Null(SecretReader.Boolean(secret, "tls", "tls", "Tls", context));
        var error = Assert.Throws<RelationModelValidationException>(() => context.EndModel("TestModel"));

        var issue = Assert.Single(error.Issues);
        Assert.Equal("bool_parsing", issue.Kind);
        Assert.Equal(new[] { "tls" }, issue.Location);
        if (stored.Length > 1)
        {
            Assert.DoesNotContain(stored, issue.Message);
            Assert.DoesNotContain(stored, error.Message);
        }
    }
}
