using DataPlatform.Contracts.Juju;
using static DataPlatform.Contracts.Testing.Tests.TestModel;

namespace DataPlatform.Contracts.Testing.Tests;

/// <summary>Grants are per relation to the remote application, required to read, and dropped with the relation.</summary>
public sealed class SecretGrantTests
{
    [Fact]
    public void A_consumer_needs_a_grant_and_an_unknown_secret_is_not_found()
    {
        var model = new TestModel();
        var id = model.DbAndApp();
        var secret = model.Get("db/0", juju => juju.SecretAdd(Bag("password", "pw"), null, SecretOwner.Application));

        Assert.Equal(secret, model.Fails<SecretAccessDeniedException>("app/0", juju => juju.SecretGet(secret, "l", SecretRead.Tracked)).Reference);
        Assert.Empty(model.Juju.Secret(secret).ConsumerLabels);
        model.Fails<SecretNotFoundException>("app/0", juju => juju.SecretGet("secret:0099", null, SecretRead.Tracked));

        model.Ok("db/0", juju => juju.SecretGrant(secret, id));
        Assert.Equal("app", model.Juju.Secret(secret).Grants[id]);
        Assert.Equal("pw", model.Get("app/1", juju => juju.SecretGet(secret, null, SecretRead.Tracked))["password"]);
    }

    [Fact]
    public void Ids_in_other_forms_resolve_to_the_same_secret()
    {
        var model = new TestModel();
        var id = model.DbAndApp();
        var secret = model.Get("db/0", juju =>
        {
            var s = juju.SecretAdd(Bag("password", "pw"), null, SecretOwner.Application);
            juju.SecretGrant(s, id);
            return s;
        });

        Assert.Equal("pw", model.Get("app/0", juju => juju.SecretGet("secret://00000000-0000-4000-8000-000000000000/0001", null, SecretRead.Peek))["password"]);
        Assert.Equal(secret, model.Juju.Secret("0001").Id);
    }

    [Fact]
    public void A_revoked_grant_denies_access_again()
    {
        var model = new TestModel();
        var id = model.DbAndApp();
        var secret = model.Get("db/0", juju =>
        {
            var s = juju.SecretAdd(Bag("password", "pw"), null, SecretOwner.Application);
            juju.SecretGrant(s, id);
            return s;
        });
        model.Ok("db/0", juju => juju.SecretRevoke(secret, id));

        model.Fails<SecretAccessDeniedException>("app/0", juju => juju.SecretGet(secret, null, SecretRead.Tracked));
    }

    [Fact]
    public void Grants_are_dropped_when_the_relation_is_removed()
    {
        var model = new TestModel();
        var id = model.DbAndApp();
        var secret = model.Get("db/0", juju =>
        {
            var s = juju.SecretAdd(Bag("password", "pw"), null, SecretOwner.Application);
            juju.SecretGrant(s, id);
            return s;
        });
        Assert.Equal("pw", model.Get("app/0", juju => juju.SecretGet(secret, "label", SecretRead.Tracked))["password"]);

        model.Juju.RemoveRelation(id);

        Assert.Empty(model.Juju.Secret(secret).Grants);
        model.Fails<SecretAccessDeniedException>("app/0", juju => juju.SecretGet(null, "label", SecretRead.Tracked));
    }

    [Fact]
    public void Only_the_owner_grants_and_only_on_a_known_relation()
    {
        var model = new TestModel();
        var id = model.DbAndApp();
        var secret = model.Get("db/0", juju => juju.SecretAdd(Bag("password", "pw"), null, SecretOwner.Application));

        model.Fails<SecretNotFoundException>("app/0", juju => juju.SecretGrant(secret, id));
        model.Fails<RelationNotFoundException>("db/0", juju => juju.SecretGrant(secret, 42));
        model.Fails<NotLeaderException>("db/1", juju => juju.SecretGrant(secret, id));
    }
}
