using DataPlatform.Contracts.Juju;
using static DataPlatform.Contracts.Testing.Tests.TestModel;

namespace DataPlatform.Contracts.Testing.Tests;

/// <summary>Writes are buffered and committed only when the hook succeeds (docs/hook-tools.md#commit, docs/hook-tools.md#reads-within-a-hook).</summary>
public sealed class HookCommitTests
{
    [Fact]
    public void A_successful_hook_commits_its_databag_and_secret_writes()
    {
        var model = new TestModel();
        var id = model.DbAndApp();
        string secret = "";
        var result = model.Do("db/0", juju =>
        {
            juju.RelationSet(id, Bag("endpoints", "10.0.0.1"), app: true);
            juju.RelationSet(id, Bag("address", "10.0.0.2"), app: false);
            secret = juju.SecretAdd(Bag("password", "pw"), "my-label", SecretOwner.Application);
        });

        Assert.True(result.Committed);
        Assert.Null(result.Error);
        Assert.Equal("10.0.0.1", model.Juju.Databag(id, "db")["endpoints"]);
        Assert.Equal("10.0.0.2", model.Juju.Databag(id, "db/0")["address"]);
        Assert.Equal("secret:0001", secret);
        Assert.Equal("pw", model.Juju.Secret(secret).LatestContent["password"]);
        Assert.Equal("my-label", model.Juju.Secret(secret).OwnerLabel);
    }

    [Fact]
    public void A_failing_hook_discards_databag_and_secret_writes_and_consumes_no_secret_id()
    {
        var model = new TestModel();
        var id = model.DbAndApp();
        var result = model.Do("db/0", juju =>
        {
            juju.RelationSet(id, Bag("endpoints", "10.0.0.1"), app: true);
            juju.RelationSet(id, Bag("address", "10.0.0.2"), app: false);
            juju.SecretAdd(Bag("password", "pw"), "my-label", SecretOwner.Application);
            throw new InvalidOperationException("charm bug");
        });

        Assert.False(result.Committed);
        Assert.Equal("charm bug", Assert.IsType<InvalidOperationException>(result.Error).Message);
        Assert.Empty(model.Juju.Databag(id, "db"));
        Assert.Empty(model.Juju.Databag(id, "db/0"));
        Assert.Empty(model.Juju.Secrets);
        Assert.Equal("secret:0001", model.Get("db/0", juju => juju.SecretAdd(Bag("password", "pw"), null, SecretOwner.Application)));
    }

    [Fact]
    public void A_failing_hook_discards_a_secret_update_of_an_existing_secret()
    {
        var model = new TestModel();
        model.DbAndApp();
        var secret = model.Get("db/0", juju => juju.SecretAdd(Bag("password", "pw-1"), null, SecretOwner.Application));
        var result = model.Do("db/0", juju =>
        {
            juju.SecretSet(secret, Bag("password", "pw-2"));
            throw new InvalidOperationException("late failure");
        });

        Assert.False(result.Committed);
        Assert.Equal(1, model.Juju.Secret(secret).LatestRevision);
        Assert.Equal("pw-1", model.Juju.Secret(secret).LatestContent["password"]);
    }

    [Fact]
    public void Reads_in_a_hook_see_the_units_own_pending_writes()
    {
        var model = new TestModel();
        var id = model.DbAndApp();
        IReadOnlyDictionary<string, string>? appBag = null, unitBag = null, secretContent = null;
        model.Ok("db/0", juju =>
        {
            juju.RelationSet(id, Bag("endpoints", "10.0.0.1"), app: true);
            juju.RelationSet(id, Bag("address", "10.0.0.2"), app: false);
            var secret = juju.SecretAdd(Bag("password", "pw"), "label", SecretOwner.Application);
            appBag = juju.RelationGet(id, "db");
            unitBag = juju.RelationGet(id, "db/0");
            secretContent = juju.SecretGet(secret, null, SecretRead.Tracked);
        });

        Assert.Equal("10.0.0.1", appBag!["endpoints"]);
        Assert.Equal("10.0.0.2", unitBag!["address"]);
        Assert.Equal("pw", secretContent!["password"]);
    }

    [Fact]
    public void Other_units_see_only_the_committed_view_of_a_databag()
    {
        var model = new TestModel();
        var id = model.DbAndApp();
        model.Ok("db/0", juju => juju.RelationSet(id, Bag("endpoints", "a"), app: true));
        var result = model.Do("db/0", juju =>
        {
            juju.RelationSet(id, Bag("endpoints", "b"), app: true);
            throw new InvalidOperationException("fail");
        });

        Assert.False(result.Committed);
        Assert.Equal("a", model.Get("app/0", juju => juju.RelationGet(id, "db"))["endpoints"]);
    }

    [Fact]
    public void Relation_set_with_an_empty_value_deletes_the_key()
    {
        var model = new TestModel();
        var id = model.DbAndApp();
        model.Ok("db/0", juju => juju.RelationSet(id, Bag("a", "1", "b", "2"), app: false));
        model.Ok("db/0", juju => juju.RelationSet(id, Bag("a", ""), app: false));

        Assert.Equal(new Dictionary<string, string> { ["b"] = "2" }, model.Juju.Databag(id, "db/0"));
    }

    [Fact]
    public void Logs_are_kept_even_when_the_hook_fails()
    {
        var model = new TestModel();
        model.DbAndApp();
        var result = model.Do("db/1", juju =>
        {
            juju.Log(JujuLogLevel.Warning, "about to fail");
            throw new InvalidOperationException("fail");
        });

        Assert.Equal(new LogLine("db/1", JujuLogLevel.Warning, "about to fail"), Assert.Single(result.Logs));
        Assert.Equal("about to fail", Assert.Single(model.Juju.Logs("db/1")).Message);
    }

    [Fact]
    public void Every_hook_run_is_recorded_in_order_with_its_result()
    {
        var model = new TestModel();
        model.DbAndApp();
        model.Ok("db/0", _ => { });
        model.Do("app/1", _ => throw new InvalidOperationException("x"));

        Assert.Collection(
            model.Juju.History,
            run => Assert.Equal((1, "db/0", true), (run.Sequence, run.Unit, run.Result.Committed)),
            run => Assert.Equal((2, "app/1", false), (run.Sequence, run.Unit, run.Result.Committed)));
        Assert.Contains("failed: x", model.Juju.History[1].ToString(), StringComparison.Ordinal);
    }
}
