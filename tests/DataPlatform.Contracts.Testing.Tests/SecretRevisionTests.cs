using DataPlatform.Contracts.Juju;
using static DataPlatform.Contracts.Testing.Tests.TestModel;

namespace DataPlatform.Contracts.Testing.Tests;

/// <summary>Revisions and tracking: Tracked, Peek, Refresh; no revision for identical content; removal.</summary>
public sealed class SecretRevisionTests
{
    private static (TestModel Model, string Secret) Granted()
    {
        var model = new TestModel();
        var id = model.DbAndApp();
        var secret = model.Get("db/0", juju =>
        {
            var s = juju.SecretAdd(Bag("password", "pw-1"), "owner-label", SecretOwner.Application);
            juju.SecretGrant(s, id);
            return s;
        });
        return (model, secret);
    }

    private static string Password(TestModel model, string unit, string secret, SecretRead mode) =>
        model.Get(unit, juju => juju.SecretGet(secret, null, mode))["password"];

    [Fact]
    public void Tracked_returns_the_tracked_revision_peek_the_latest_and_refresh_the_latest_tracking_it()
    {
        var (model, secret) = Granted();
        Assert.Equal("pw-1", Password(model, "app/0", secret, SecretRead.Tracked));
        model.Ok("db/0", juju => juju.SecretSet(secret, Bag("password", "pw-2")));

        Assert.Equal("pw-1", Password(model, "app/0", secret, SecretRead.Tracked));
        Assert.Equal("pw-2", Password(model, "app/0", secret, SecretRead.Peek));
        Assert.Equal(1, model.Juju.Secret(secret).TrackedRevisions["app/0"]);
        Assert.Equal("pw-2", Password(model, "app/0", secret, SecretRead.Refresh));
        Assert.Equal(2, model.Juju.Secret(secret).TrackedRevisions["app/0"]);
        Assert.Equal("pw-2", Password(model, "app/0", secret, SecretRead.Tracked));
    }

    [Fact]
    public void The_first_tracked_read_tracks_the_latest_revision_and_peek_tracks_nothing()
    {
        var (model, secret) = Granted();
        model.Ok("db/0", juju => juju.SecretSet(secret, Bag("password", "pw-2")));

        Assert.Equal("pw-2", Password(model, "app/1", secret, SecretRead.Peek));
        Assert.False(model.Juju.Secret(secret).TrackedRevisions.ContainsKey("app/1"));
        Assert.Equal("pw-2", Password(model, "app/1", secret, SecretRead.Tracked));
        Assert.Equal(2, model.Juju.Secret(secret).TrackedRevisions["app/1"]);
    }

    [Fact]
    public void Within_a_hook_a_pending_update_is_seen_only_with_peek()
    {
        var (model, secret) = Granted();
        Assert.Equal("pw-1", Password(model, "db/0", secret, SecretRead.Tracked));
        var (tracked, peeked) = model.Get("db/0", juju =>
        {
            juju.SecretSet(secret, Bag("password", "pw-2"));
            return (juju.SecretGet(secret, null, SecretRead.Tracked)["password"], juju.SecretGet(secret, null, SecretRead.Peek)["password"]);
        });

        Assert.Equal(("pw-1", "pw-2"), (tracked, peeked));
    }

    [Fact]
    public void The_owner_may_not_refresh()
    {
        var (model, secret) = Granted();
        var error = model.Fails<JujuException>("db/0", juju => juju.SecretGet(secret, null, SecretRead.Refresh));
        Assert.Contains("secret owner cannot use --refresh", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Setting_identical_content_adds_no_revision()
    {
        var (model, secret) = Granted();
        model.Ok("db/0", juju => juju.SecretSet(secret, Bag("password", "pw-1")));
        Assert.Equal(1, model.Juju.Secret(secret).LatestRevision);

        model.Ok("db/0", juju => juju.SecretSet(secret, Bag("password", "pw-2")));
        model.Ok("db/0", juju => juju.SecretSet(secret, Bag("password", "pw-2")));
        Assert.Equal(2, model.Juju.Secret(secret).LatestRevision);
        Assert.Equal(new[] { 1, 2 }, model.Juju.Secret(secret).Revisions.Keys.Order());
    }

    [Fact]
    public void Secret_remove_with_a_revision_removes_that_revision_and_without_removes_the_secret()
    {
        var (model, secret) = Granted();
        model.Ok("db/0", juju => juju.SecretSet(secret, Bag("password", "pw-2")));
        model.Ok("db/0", juju => juju.SecretRemove(secret, 1));
        Assert.Equal(new[] { 2 }, model.Juju.Secret(secret).Revisions.Keys);

        model.Ok("db/0", juju => juju.SecretSet(secret, Bag("password", "pw-3")));
        model.Ok("db/0", juju => juju.SecretRemove(secret, 3));
        model.Ok("db/0", juju => juju.SecretSet(secret, Bag("password", "pw-4")));
        Assert.Equal(new[] { 2, 4 }, model.Juju.Secret(secret).Revisions.Keys.Order());

        model.Ok("db/0", juju => juju.SecretRemove(secret, null));
        Assert.Empty(model.Juju.Secrets);
        model.Fails<SecretNotFoundException>("app/0", juju => juju.SecretGet(secret, null, SecretRead.Tracked));
    }

    [Fact]
    public void Setting_or_removing_a_secret_the_unit_does_not_own_fails_the_hook_at_commit()
    {
        var (model, secret) = Granted();
        var set = model.Do("app/0", juju => juju.SecretSet(secret, Bag("password", "mine")));
        var remove = model.Do("app/0", juju => juju.SecretRemove(secret, null));

        Assert.False(set.Committed);
        Assert.False(remove.Committed);
        Assert.IsAssignableFrom<JujuException>(set.Error);
        Assert.Equal(1, model.Juju.Secret(secret).LatestRevision);
    }

    [Fact]
    public void Secret_content_must_be_valid()
    {
        var model = new TestModel();
        model.DbAndApp();
        model.Fails<JujuException>("db/0", juju => juju.SecretAdd(new Dictionary<string, string>(), null, SecretOwner.Application));
        model.Fails<JujuException>("db/0", juju => juju.SecretAdd(Bag("Password", "x"), null, SecretOwner.Application));
        // An empty value is valid content: Juju checks keys and sizes only (core/secrets/createsecret.go).
        model.Ok("db/0", juju => juju.SecretAdd(Bag("password", ""), null, SecretOwner.Application));
    }
}
