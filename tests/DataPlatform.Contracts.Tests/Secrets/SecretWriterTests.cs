using DataPlatform.Contracts.Secrets;

namespace DataPlatform.Contracts.Tests.Secrets;

public sealed class SecretWriterTests
{
    private const string Uuid = "c759221a6c14c72a";
    private const string Label = "database.0.c759221a6c14c72a.user.secret";

    private readonly InMemorySecretStore _store = new();

    // A new repository per operation, as a hook would have.
    private RelationSecretRepository Repo() => new(_store, "database", 0);

    private static SecretField[] User(string? username, string? password) =>
        new[] { new SecretField("username", username), new SecretField("password", password) };

    [Fact]
    public void A_new_secret_from_two_members_is_created_at_revision_1_and_granted()
    {
        // Spec 5.5 step 4 with D10: one write per secret per operation.
        var pointer = SecretWriter.Write(Repo(), "user", null, Uuid, User("relation_7_user", "pw123"));

        Assert.NotNull(pointer);
        Assert.Equal(1, _store.Revision(pointer));
        Assert.Equal(new Dictionary<string, string> { ["username"] = "relation_7_user", ["password"] = "pw123" }, _store.Content(pointer));
        Assert.Equal(Label, _store.OwnerLabel(pointer));
        Assert.Equal(new[] { (pointer, 0) }, _store.Grants);
    }

    [Fact]
    public void Rewriting_identical_values_adds_no_revision()
    {
        // Spec 5.5: re-writing identical values creates no revision.
        var pointer = SecretWriter.Write(Repo(), "user", null, Uuid, User("u", "p"));

        Assert.Equal(pointer, SecretWriter.Write(Repo(), "user", pointer, Uuid, User("u", "p")));
        var repo = Repo();
        Assert.Equal(pointer, SecretWriter.Write(repo, "user", pointer, Uuid, User("u", "p")));
        Assert.Equal(pointer, SecretWriter.Write(repo, "user", pointer, Uuid, User("u", "p")));

        Assert.Equal(1, _store.Revision(pointer!));
    }

    [Fact]
    public void Clearing_the_password_adds_one_revision_without_it()
    {
        // Spec 5.5: password=None -> new revision without password.
        var pointer = SecretWriter.Write(Repo(), "user", null, Uuid, User("u", "p"));

        Assert.Equal(pointer, SecretWriter.Write(Repo(), "user", pointer, Uuid, User("u", null)));

        Assert.Equal(2, _store.Revision(pointer!));
        Assert.Equal(new Dictionary<string, string> { ["username"] = "u" }, _store.Content(pointer!));
    }

    [Fact]
    public void Clearing_every_member_removes_the_secret_and_the_pointer()
    {
        // Spec 5.5 step 6 and D11: emptied secret removed, pointer becomes null.
        var pointer = SecretWriter.Write(Repo(), "user", null, Uuid, User("u", "p"));
        SecretWriter.Write(Repo(), "user", pointer, Uuid, User("u", null));

        var result = SecretWriter.Write(Repo(), "user", pointer, Uuid, User(null, null));

        Assert.Null(result);
        Assert.False(_store.Exists(pointer!));
        Assert.Null(Repo().Get("user", null, Uuid));
    }

    [Fact]
    public void An_empty_string_never_creates_a_secret()
    {
        // Spec 5.5: "" never creates a secret.
        var result = SecretWriter.Write(Repo(), "user", null, Uuid, User("", null));

        Assert.Null(result);
        Assert.Empty(_store.Ids);
        Assert.Empty(_store.Grants);
    }

    [Fact]
    public void An_empty_string_is_stored_inside_an_existing_secret()
    {
        // Spec 5.5: "" is stored as-is inside an existing secret (value is not None).
        var pointer = SecretWriter.Write(Repo(), "user", null, Uuid, User("u", "p"));

        Assert.Equal(pointer, SecretWriter.Write(Repo(), "user", pointer, Uuid, User("u", "")));

        Assert.Equal(2, _store.Revision(pointer!));
        Assert.Equal("", _store.Content(pointer!)["password"]);
    }

    [Fact]
    public void A_secret_found_by_label_restores_a_missing_pointer()
    {
        // Spec 5.5 step 5: the pointer is restored from the secret id (self-healing).
        var pointer = SecretWriter.Write(Repo(), "user", null, Uuid, User("u", "p"));

        Assert.Equal(pointer, SecretWriter.Write(Repo(), "user", null, Uuid, User("u", "p")));
        Assert.Single(_store.Ids);
    }

    [Fact]
    public void Writes_in_the_same_operation_see_each_other()
    {
        // Spec 5.4: the repository's cache holds what was written; one revision per change.
        var repo = Repo();
        var pointer = SecretWriter.Write(repo, "user", null, Uuid, User("u", "p"));
        var lookups = _store.GetByLabelCalls;

        SecretWriter.Write(repo, "user", pointer, Uuid, User("u", "p2"));

        Assert.Equal(lookups, _store.GetByLabelCalls);
        Assert.Equal(2, _store.Revision(pointer!));
        Assert.Equal("p2", _store.Content(pointer!)["password"]);
    }
}
