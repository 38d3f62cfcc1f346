using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Testing.Tests.Charms;
using static DataPlatform.Contracts.Testing.Tests.TestModel;

namespace DataPlatform.Contracts.Testing.Tests;

/// <summary>The two-charm simulator delivers exactly the hooks of the conformance README's <c>sync</c> op.</summary>
public sealed class RelationSimulatorTests
{
    private static (InMemoryJuju Juju, RelationSimulator Sim) Databases(int dbUnits = 1, int appUnits = 1)
    {
        var juju = new InMemoryJuju();
        juju.Deploy("db", Metadata.Db, host => new DatabaseProviderCharm(host), dbUnits);
        juju.Deploy("app", Metadata.App, host => new DatabaseRequirerCharm(host), appUnits);
        return (juju, new RelationSimulator(juju));
    }

    private static string Describe(HookRun run) => $"{run.Unit} {run.Hook.Name} {run.Hook.RemoteApp} {run.Hook.RemoteUnit ?? "-"}";

    [Fact]
    public void Integrate_runs_created_on_every_unit_then_joined_per_remote_unit()
    {
        var (juju, sim) = Databases(dbUnits: 1, appUnits: 2);
        var id = sim.Integrate("app", "database", "db", "database");

        Assert.Equal(0, id);
        Assert.Equal(
            new[]
            {
                "app/0 database-relation-created db -", "app/1 database-relation-created db -", "db/0 database-relation-created app -",
                "app/0 database-relation-joined db db/0", "app/1 database-relation-joined db db/0",
                "db/0 database-relation-joined app app/0", "db/0 database-relation-joined app app/1",
            },
            juju.History.Select(Describe));
        Assert.All(juju.History, run => Assert.Equal((id, "database"), (run.Hook.RelationId!.Value, run.Hook.RelationName!)));
        Assert.Equal("mydb", juju.Databag(id, "app")["database"]);
    }

    [Fact]
    public void Sync_delivers_one_app_relation_changed_per_unit_and_nothing_the_second_time()
    {
        var (juju, sim) = Databases(dbUnits: 2);
        var id = sim.Integrate("app", "database", "db", "database");

        var first = sim.Sync("app", "db", id);
        var second = sim.Sync("app", "db", id);

        Assert.Equal(new[] { "db/0 database-relation-changed app -", "db/1 database-relation-changed app -" }, first.Select(Describe));
        Assert.Empty(second);
    }

    [Fact]
    public void Sync_delivers_unit_databag_changes_with_the_remote_unit()
    {
        var model = new TestModel();
        var id = model.DbAndApp(dbUnits: 1, appUnits: 2);
        var sim = new RelationSimulator(model.Juju);
        model.Ok("app/1", juju => juju.RelationSet(id, Bag("ip", "10.0.0.9"), app: false));

        var runs = sim.Sync("app", "db", id);

        var run = Assert.Single(runs);
        Assert.Equal("db/0 database-relation-changed app app/1", Describe(run));
        Assert.Empty(sim.Sync("app", "db", id));
        model.Ok("app/1", juju => juju.RelationSet(id, Bag("ip", ""), app: false));
        Assert.Equal("db/0 database-relation-changed app app/1", Describe(Assert.Single(sim.Sync("app", "db", id))));
    }

    [Fact]
    public void A_databag_edited_outside_a_hook_is_delivered_by_the_next_sync()
    {
        var (juju, sim) = Databases();
        var id = sim.Integrate("app", "database", "db", "database");
        sim.Settle();
        juju.UpdateDatabag(id, "db", TestModel.Bag("endpoints", "10.9.9.9:5432", "extra", "x"));
        juju.UpdateDatabag(id, "db", TestModel.Bag("extra", ""));

        var run = Assert.Single(sim.Sync("db", "app", id));
        Assert.Equal("app/0 database-relation-changed db -", Describe(run));
        Assert.Equal("10.9.9.9:5432", juju.Databag(id, "db")["endpoints"]);
        Assert.False(juju.Databag(id, "db").ContainsKey("extra"));
        Assert.Throws<ArgumentException>(() => juju.UpdateDatabag(id, "nobody", TestModel.Bag("k", "v")));
    }

    [Fact]
    public void Sync_delivers_secret_changed_with_the_consumers_own_label_when_a_new_revision_appears()
    {
        var (juju, sim) = Databases();
        var id = sim.Integrate("app", "database", "db", "database");
        sim.Settle();
        var secret = juju.SecretByOwnerLabel("db", DatabaseProviderCharm.UserLabel)!;
        Assert.Equal(DatabaseRequirerCharm.ConsumerLabel, secret.ConsumerLabels["app/0"]);
        Assert.Empty(sim.Sync("db", "app", id));

        juju.RunHook("db/0", new HookContext("rotate-password"));
        var runs = sim.Sync("db", "app", id);

        var run = Assert.Single(runs);
        Assert.Equal(("app/0", "secret-changed", secret.Id, DatabaseRequirerCharm.ConsumerLabel), (run.Unit, run.Hook.Name, run.Hook.SecretId, run.Hook.SecretLabel));
        Assert.Equal(2, juju.Secret(secret.Id).TrackedRevisions["app/0"]);
        Assert.Contains(juju.Logs("app/0"), l => l.Message == $"secret-changed {DatabaseRequirerCharm.ConsumerLabel}");
        Assert.Empty(sim.Sync("db", "app", id));
    }

    [Fact]
    public void Settle_runs_the_round_trip_until_nothing_changes()
    {
        var (juju, sim) = Databases(dbUnits: 2, appUnits: 2);
        var id = sim.Integrate("app", "database", "db", "database");

        var runs = sim.Settle();

        Assert.Equal(
            new[] { "db/0 database-relation-changed app -", "db/1 database-relation-changed app -", "app/0 database-relation-changed db -", "app/1 database-relation-changed db -" },
            runs.Select(Describe));
        var secretId = juju.Databag(id, "db")["secret-user"];
        Assert.Equal("10.0.0.1:5432", juju.Databag(id, "db")["endpoints"]);
        Assert.Equal(new[] { "app/0", "app/1" }, juju.Secret(secretId).ConsumerLabels.Keys);
        Assert.Contains(juju.Logs("app/1"), l => l.Message == "connected as relation-0");
        Assert.Empty(sim.Settle());
    }

    [Fact]
    public void Settle_detects_a_relation_changed_storm()
    {
        var juju = new InMemoryJuju();
        juju.Deploy("db", Metadata.Db, host => new CounterCharm(host));
        juju.Deploy("app", Metadata.App, host => new CounterCharm(host));
        var sim = new RelationSimulator(juju);
        sim.Integrate("app", "database", "db", "database");

        var storm = Assert.Throws<SettleStormException>(() => sim.Settle(maxHooks: 20));

        Assert.Equal(21, storm.Runs.Count);
        Assert.All(storm.Runs, run => Assert.Equal("database-relation-changed", run.Hook.Name));
        Assert.Contains("did not settle within 20 hooks", storm.Message, StringComparison.Ordinal);
        Assert.Contains("db/0 database-relation-changed x", storm.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_hook_throws_by_default_and_is_delivered_again_by_the_next_sync()
    {
        var model = new TestModel();
        var id = model.DbAndApp(dbUnits: 1, appUnits: 1);
        var failures = 1;
        model.On("db", "database-relation-changed", (_, _) =>
        {
            if (failures-- > 0) throw new InvalidOperationException("flaky");
        });
        model.Ok("app/0", juju => juju.RelationSet(id, Bag("database", "mydb"), app: true));

        var error = Assert.Throws<HookFailedException>(() => new RelationSimulator(model.Juju).Sync("app", "db", id));
        Assert.Equal("db/0", error.Run.Unit);

        var lenient = new RelationSimulator(model.Juju) { ThrowOnHookFailure = false };
        failures = 1;
        Assert.False(Assert.Single(lenient.Sync("app", "db", id)).Result.Committed);
        Assert.True(Assert.Single(lenient.Sync("app", "db", id)).Result.Committed);
        Assert.Empty(lenient.Sync("app", "db", id));
    }

    [Fact]
    public void Break_runs_departed_then_broken_on_both_sides_and_removes_the_relation_and_its_grants()
    {
        var (juju, sim) = Databases();
        var id = sim.Integrate("app", "database", "db", "database");
        sim.Settle();
        var secretId = juju.Databag(id, "db")["secret-user"];

        var runs = sim.Break(id);

        Assert.Equal(
            new[] { "app/0 database-relation-departed db db/0", "db/0 database-relation-departed app app/0", "app/0 database-relation-broken db -", "db/0 database-relation-broken app -" },
            runs.Select(Describe));
        Assert.Empty(juju.RelationIds);
        Assert.Empty(juju.Secret(secretId).Grants);
    }

    [Fact]
    public void Peer_sync_tells_the_other_units_but_not_the_writer()
    {
        var model = new TestModel();
        model.Deploy("db", Metadata.Db, units: 3);
        var peer = model.Juju.AddPeerRelation("db", "db-peers");
        var sim = new RelationSimulator(model.Juju);
        model.Ok("db/0", juju => juju.RelationSet(peer, Bag("cluster", "up"), app: true));
        model.Ok("db/2", juju => juju.RelationSet(peer, Bag("ip", "x"), app: false));

        var runs = sim.Sync("db", "db", peer);

        Assert.Equal(
            new[] { "db/1 db-peers-relation-changed db -", "db/2 db-peers-relation-changed db -", "db/0 db-peers-relation-changed db db/2", "db/1 db-peers-relation-changed db db/2" },
            runs.Select(Describe));
    }
}
