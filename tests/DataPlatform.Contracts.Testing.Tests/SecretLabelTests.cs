using DataPlatform.Contracts.Juju;
using static DataPlatform.Contracts.Testing.Tests.TestModel;

namespace DataPlatform.Contracts.Testing.Tests;

/// <summary>Secret ids and labels: owner labels unique per owner (checked at commit), consumer labels stick (docs/hook-tools.md#secrets-model).</summary>
public sealed class SecretLabelTests
{
    private static (TestModel Model, int Relation, string Secret) Granted()
    {
        var model = new TestModel();
        var id = model.DbAndApp();
        var secret = model.Get("db/0", juju =>
        {
            var s = juju.SecretAdd(Bag("password", "pw"), "owner-label", SecretOwner.Application);
            juju.SecretGrant(s, id);
            return s;
        });
        return (model, id, secret);
    }

    [Fact]
    public void Secret_ids_are_numbered_in_creation_order()
    {
        var model = new TestModel();
        model.DbAndApp();
        var ids = model.Get("db/0", juju => new[]
        {
            juju.SecretAdd(Bag("password", "a"), null, SecretOwner.Application),
            juju.SecretAdd(Bag("password", "b"), null, SecretOwner.Unit),
        });
        var third = model.Get("app/0", juju => juju.SecretAdd(Bag("password", "c"), null, SecretOwner.Application));

        Assert.Equal(new[] { "secret:0001", "secret:0002", "secret:0003" }, ids.Append(third));
    }

    [Fact]
    public void A_consumer_label_given_with_the_id_sticks_and_resolves_later_reads()
    {
        var (model, _, secret) = Granted();
        model.Ok("app/0", juju => juju.SecretGet(secret, "my-view", SecretRead.Tracked));

        Assert.Equal("pw", model.Get("app/0", juju => juju.SecretGet(null, "my-view", SecretRead.Tracked))["password"]);
        Assert.Equal("my-view", model.Juju.Secret(secret).ConsumerLabels["app/0"]);
        Assert.Equal(secret, model.Juju.SecretByConsumerLabel("app/0", "my-view")!.Id);
        Assert.Equal("my-view", model.Fails<SecretNotFoundException>("app/1", juju => juju.SecretGet(null, "my-view", SecretRead.Tracked)).Reference);
        Assert.Equal("owner-label", model.Juju.Secret(secret).OwnerLabel);
    }

    [Fact]
    public void The_owner_finds_its_secret_by_owner_label_but_may_not_give_id_and_label_together()
    {
        var (model, _, secret) = Granted();

        Assert.Equal("pw", model.Get("db/1", juju => juju.SecretGet(null, "owner-label", SecretRead.Tracked))["password"]);
        var error = model.Fails<JujuException>("db/0", juju => juju.SecretGet(secret, "other", SecretRead.Tracked));
        Assert.Contains("either URI or label should be used for getting an owned secret but not both", error.Message, StringComparison.Ordinal);
        Assert.Equal(secret, model.Juju.SecretByOwnerLabel("db", "owner-label")!.Id);
    }

    [Fact]
    public void A_duplicate_owner_label_succeeds_as_a_tool_call_but_fails_the_hook_at_commit()
    {
        var (model, id, _) = Granted();
        var reachedEnd = false;
        var result = model.Do("db/0", juju =>
        {
            juju.SecretAdd(Bag("password", "other"), "owner-label", SecretOwner.Application);
            juju.RelationSet(id, Bag("k", "v"), app: true);
            reachedEnd = true;
        });

        Assert.True(reachedEnd);
        Assert.False(result.Committed);
        Assert.Contains("secret with label \"owner-label\" already exists", Assert.IsAssignableFrom<JujuException>(result.Error).Message, StringComparison.Ordinal);
        Assert.Single(model.Juju.Secrets);
        Assert.Empty(model.Juju.Databag(id, "db"));
    }

    [Fact]
    public void A_duplicate_owner_label_within_one_hook_fails_it_but_other_owners_may_reuse_the_label()
    {
        var model = new TestModel();
        model.DbAndApp();
        var result = model.Do("db/0", juju =>
        {
            juju.SecretAdd(Bag("password", "a"), "same", SecretOwner.Application);
            juju.SecretAdd(Bag("password", "b"), "same", SecretOwner.Application);
        });
        Assert.False(result.Committed);

        model.Ok("db/0", juju => juju.SecretAdd(Bag("password", "a"), "same", SecretOwner.Application));
        model.Ok("db/0", juju => juju.SecretAdd(Bag("password", "b"), "same", SecretOwner.Unit));
        model.Ok("db/1", juju => juju.SecretAdd(Bag("password", "c"), "same", SecretOwner.Unit));
        Assert.Equal(3, model.Juju.Secrets.Count);
    }

    [Fact]
    public void A_consumer_label_already_used_for_another_secret_is_refused()
    {
        var (model, id, first) = Granted();
        var second = model.Get("db/0", juju =>
        {
            var s = juju.SecretAdd(Bag("password", "x"), null, SecretOwner.Application);
            juju.SecretGrant(s, id);
            return s;
        });
        model.Ok("app/0", juju => juju.SecretGet(first, "view", SecretRead.Tracked));

        var error = model.Fails<JujuException>("app/0", juju => juju.SecretGet(second, "view", SecretRead.Tracked));
        Assert.Contains("already exists", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Secret_info_is_for_owners_only()
    {
        var (model, _, secret) = Granted();

        Assert.Equal(new SecretInfo(secret, "owner-label", 1), model.Get("db/0", juju => juju.SecretInfoGet(null, "owner-label")));
        Assert.Equal(secret, model.Get("db/0", juju => juju.SecretInfoGet(secret, null)).Id);
        model.Fails<SecretNotFoundException>("app/0", juju => juju.SecretInfoGet(secret, null));
    }

    [Fact]
    public void Exception_messages_never_carry_secret_content()
    {
        var (model, _, secret) = Granted();
        var errors = new Exception?[]
        {
            model.Do("db/0", juju => juju.SecretGet(secret, "x", SecretRead.Tracked)).Error,
            model.Do("db/0", juju => juju.SecretGet(secret, null, SecretRead.Refresh)).Error,
            model.Do("db/0", juju => juju.SecretAdd(Bag("password", "pw"), "owner-label", SecretOwner.Application)).Error,
            model.Do("db/0", juju => juju.SecretAdd(Bag("BAD", "pw"), null, SecretOwner.Application)).Error,
        };

        Assert.All(errors, e => Assert.DoesNotContain("pw", Assert.IsAssignableFrom<JujuException>(e).Message, StringComparison.Ordinal));
    }
}
