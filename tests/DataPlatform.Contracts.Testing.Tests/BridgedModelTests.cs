using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Testing.Tests.Charms;
using static DataPlatform.Contracts.Testing.Tests.TestModel;

namespace DataPlatform.Contracts.Testing.Tests;

/// <summary>
/// What a model bridged to another needs (the conformance suite runs one model per side): the
/// other's relation id, an id range of its own for secrets, a mirrored secret, no leader at all.
/// </summary>
public sealed class BridgedModelTests
{
    [Fact]
    public void A_relation_can_take_the_id_the_other_model_gave_it_and_later_ids_follow_it()
    {
        var model = new TestModel();
        model.Deploy("db", Metadata.Db);
        model.Deploy("app", Metadata.App);

        Assert.Equal(3, model.Juju.Relate("app", "database", "db", "database", 3));
        Assert.Throws<InvalidOperationException>(() => model.Juju.Relate("app", "database", "db", "database", 3));
        Assert.Equal(new[] { 3 }, model.Juju.RelationIds);
        Assert.Equal(4, model.Juju.AddPeerRelation("db", "db-peers"));
    }

    [Fact]
    public void A_refused_relation_with_a_chosen_id_leaves_the_next_id_as_it_was()
    {
        var model = new TestModel();
        model.Deploy("db", Metadata.Db);
        model.Deploy("app", Metadata.App);

        Assert.ThrowsAny<Exception>(() => model.Juju.Relate("app", "database", "db", "no-such-endpoint", 7));
        Assert.Equal(0, model.Juju.Relate("app", "database", "db", "database"));
    }

    [Fact]
    public void Secrets_are_numbered_from_the_models_first_secret_number()
    {
        var juju = new InMemoryJuju { FirstSecretNumber = 2001 };
        juju.Deploy("db", Metadata.Db, _ => new object());

        Assert.Equal("secret:2001", juju.AddSecret("db", null, Bag("password", "x")));
    }

    [Fact]
    public void A_mirrored_secret_keeps_its_id_revisions_and_grants_and_what_our_units_know_of_it()
    {
        var model = new TestModel();
        var id = model.DbAndApp();
        const string secret = "secret:9001";
        var revisions = new Dictionary<int, IReadOnlyDictionary<string, string>> { [2] = Bag("password", "two") };
        model.Juju.PutSecret(secret, "db", "db.label", revisions, new Dictionary<int, string> { [id] = "app" });
        Assert.Equal("two", model.Get("app/0", juju => juju.SecretGet(secret, "mine", SecretRead.Tracked))["password"]);

        revisions[3] = Bag("password", "three");
        model.Juju.PutSecret(secret, "db", "db.label", revisions, new Dictionary<int, string> { [id] = "app" });

        var mirrored = model.Juju.Secret(secret);
        Assert.Equal(3, mirrored.LatestRevision);
        Assert.Equal("mine", mirrored.ConsumerLabels["app/0"]);
        Assert.Equal(2, mirrored.TrackedRevisions["app/0"]);
        Assert.Equal("two", model.Get("app/0", juju => juju.SecretGet(null, "mine", SecretRead.Tracked))["password"]);
    }

    [Fact]
    public void Without_a_leader_no_unit_reads_or_writes_its_own_app_databag()
    {
        var model = new TestModel();
        var id = model.DbAndApp(dbUnits: 1);

        model.Juju.ClearLeader("db");

        Assert.Null(model.Juju.LeaderOf("db"));
        Assert.False(model.Get("db/0", juju => juju.IsLeader()));
        model.Fails<RelationAccessDeniedException>("db/0", juju => juju.RelationGet(id, "db"));
        model.Fails<NotLeaderException>("db/0", juju => juju.RelationSet(id, Bag("k", "v"), app: true));
    }
}
