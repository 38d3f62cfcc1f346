using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Models;
using DataPlatform.Contracts.Relations;
using DataPlatform.Contracts.Testing;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Tests.Relations;

/// <summary>
/// Issue 8, item 1: a requirer written as the upstream docstring writes it (requests built in the
/// charm's constructor, no salt given) is built anew for every hook, so every hook draws new salts.
/// Its requests must still be stable on the wire: identified by what they ask for, keeping the
/// salt and request id they were first published with.
/// </summary>
public sealed class StableRequestTests
{
    private static readonly CharmMetadata Db = new("db") { Provides = new[] { new EndpointMetadata("database", "postgresql_client") } };
    private static readonly CharmMetadata App = new("app") { Requires = new[] { new EndpointMetadata("database", "postgresql_client") } };

    /// <summary>Three units of each charm; the provider counts the users it creates.</summary>
    private sealed class Model
    {
        public Model(Func<RequirerCommonModel[]> requests)
        {
            Juju.Deploy("db", Db, host =>
            {
                var handler = new ResourceProviderEventHandler<RequirerCommonModel>(host, "database");
                handler.ResourceRequested += e => Answer(handler, e, entity: false);
                handler.ResourceEntityRequested += e => Answer(handler, e, entity: true);
                return handler;
            }, units: 3);
            Juju.Deploy("app", App, host =>
            {
                var handler = new ResourceRequirerEventHandler<ResourceProviderModel>(host, "database", requests());
                handler.ResourceCreated += e => Created.Add(e.Response.RequestId!);
                handler.ResourceEntityCreated += e => Created.Add(e.Response.RequestId!);
                host.Observe("check", hook => AllCreated.Add(handler.AreAllResourcesCreated(hook.RelationId!.Value)));
                return handler;
            }, units: 3);
            Simulator = new RelationSimulator(Juju);
        }

        public InMemoryJuju Juju { get; } = new();

        public RelationSimulator Simulator { get; }

        /// <summary>Request ids the provider created a user for, once per user created.</summary>
        public List<string> Users { get; } = new();

        /// <summary>Request ids of resource_created / resource_entity_created on any requirer unit.</summary>
        public List<string> Created { get; } = new();

        public List<bool> AllCreated { get; } = new();

        private void Answer(ResourceProviderEventHandler<RequirerCommonModel> handler, ResourceRequestedEvent<RequirerCommonModel> e, bool entity)
        {
            Users.Add(e.Request.RequestId!);
            var response = new ResourceProviderModel { RequestId = e.Request.RequestId, Resource = e.Request.Resource, Endpoints = "10.0.0.1:5432" };
            if (entity)
            {
                response.EntityName = "entity-" + Users.Count;
                response.EntityPassword = "entity-pw-" + Users.Count;
            }
            else
            {
                response.Username = "user-" + Users.Count;
                response.Password = "pw-" + Users.Count;
            }
            handler.SetResponse(e.Relation.Id, response);
        }

        public Dictionary<string, IReadOnlyDictionary<string, string>> Databags(int relation) =>
            new[] { "db", "db/0", "db/1", "db/2", "app", "app/0", "app/1", "app/2" }.ToDictionary(m => m, m => Juju.Databag(relation, m));
    }

    // The upstream docstring's requirer: two databases and a user, no salts.
    private static RequirerCommonModel[] DocstringRequests() => new[]
    {
        new RequirerCommonModel { Resource = "clientdb" },
        new RequirerCommonModel { Resource = "clientbis" },
        new RequirerCommonModel { EntityType = EntityType.User },
    };

    private static List<WireObject> Published(Model model, int relation) =>
        PythonJson.Parse(model.Juju.Databag(relation, "app")["requests"]).AsArray().Select(r => r.AsObject()).ToList();

    [Fact]
    public void The_docstring_requirer_settles_and_gets_one_user_and_one_secret_per_request()
    {
        var model = new Model(DocstringRequests);
        var relation = model.Simulator.Integrate("app", "database", "db", "database");

        // Bounded: 3 + 3 units; a handful of syncs each way. A storm throws SettleStormException.
        model.Simulator.Settle(maxHooks: 60);

        var published = Published(model, relation);
        Assert.Equal(3, published.Count);
        var ids = published.Select(r => r["request-id"].AsString()).ToList();
        foreach (var request in published)
        {
            // Each id is the hash of the salt it was published with.
            Assert.Equal(RequestIds.Hash(request["resource"].AsString(), request["salt"].AsString()), request["request-id"].AsString());
        }
        Assert.Equal(ids.OrderBy(i => i), model.Users.OrderBy(i => i));
        var providerSecrets = model.Juju.Secrets.Where(s => s.OwnerApp == "db").ToList();
        Assert.Equal(3, providerSecrets.Count);
        // Every requirer unit saw each of its requests created once.
        Assert.Equal(ids.SelectMany(id => Enumerable.Repeat(id, 3)).OrderBy(i => i), model.Created.OrderBy(i => i));

        // Every unit, leader or not, agrees that everything was created.
        foreach (var unit in new[] { "app/0", "app/1", "app/2" }) model.Juju.RunHook(unit, new HookContext("check") { RelationId = relation, RelationName = "database" });
        Assert.Equal(new[] { true, true, true }, model.AllCreated);
    }

    [Fact]
    public void Leadership_moving_to_another_unit_changes_nothing_on_the_wire()
    {
        var model = new Model(DocstringRequests);
        var relation = model.Simulator.Integrate("app", "database", "db", "database");
        model.Simulator.Settle(maxHooks: 60);
        var before = model.Databags(relation);
        var users = model.Users.Count;

        foreach (var leader in new[] { "app/1", "app/2" })
        {
            model.Juju.SetLeader(leader);
            model.Juju.RunHook(leader, new HookContext("leader-elected"));
            // Every unit handles a relation-changed under the new leader.
            foreach (var unit in new[] { "app/0", "app/1", "app/2" }) model.Juju.RunHook(unit, Hooks.Relation("changed", "database", relation, "db"));
            model.Simulator.Settle(maxHooks: 60);
        }

        Assert.Equal(before, model.Databags(relation));
        Assert.Equal(users, model.Users.Count);
    }

    [Fact]
    public void A_request_added_later_is_published_once_with_a_fresh_salt_beside_the_kept_ones()
    {
        var extra = false;
        var model = new Model(() => extra
            ? DocstringRequests().Append(new RequirerCommonModel { Resource = "later" }).ToArray()
            : DocstringRequests());
        var relation = model.Simulator.Integrate("app", "database", "db", "database");
        model.Simulator.Settle(maxHooks: 60);
        var first = Published(model, relation);

        extra = true;
        model.Juju.RunHook("app/0", Hooks.Relation("changed", "database", relation, "db"));
        model.Simulator.Settle(maxHooks: 60);

        var second = Published(model, relation);
        Assert.Equal(4, second.Count);
        Assert.Equal(first.Select(r => PythonJson.Serialize(WireValue.FromObject(r))), second.Take(3).Select(r => PythonJson.Serialize(WireValue.FromObject(r))));
        Assert.Equal("later", second[3]["resource"].AsString());
        Assert.Equal(4, model.Users.Count);
        Assert.Equal(4, model.Juju.Secrets.Count(s => s.OwnerApp == "db"));
    }

    [Fact]
    public void A_request_the_charm_stops_making_is_withdrawn_from_the_published_list()
    {
        var all = true;
        var model = new Model(() => all ? DocstringRequests() : DocstringRequests().Take(2).ToArray());
        var relation = model.Simulator.Integrate("app", "database", "db", "database");
        model.Simulator.Settle(maxHooks: 60);
        var first = Published(model, relation);

        all = false;
        model.Juju.RunHook("app/0", Hooks.Relation("changed", "database", relation, "db"));
        model.Simulator.Settle(maxHooks: 60);

        var second = Published(model, relation);
        Assert.Equal(first.Take(2).Select(r => PythonJson.Serialize(WireValue.FromObject(r))), second.Select(r => PythonJson.Serialize(WireValue.FromObject(r))));
        Assert.Equal(3, model.Users.Count);
    }

    [Fact]
    public void Identity_is_what_the_charm_asks_for_not_salt_or_request_id()
    {
        var a = new RequirerCommonModel { Resource = "db", ExtraUserRoles = "admin", Salt = "s1", RequestId = "x" };
        var b = new RequirerCommonModel { Resource = "db", ExtraUserRoles = "admin", Salt = "s2" };
        var c = new RequirerCommonModel { Resource = "db", ExtraUserRoles = "reader" };
        var d = new KafkaRequestModel { Resource = "db", ExtraUserRoles = "admin", ConsumerGroupPrefix = "g-" };
        var e = new RequirerCommonModel { Resource = "db", EntityType = EntityType.User };

        Assert.Equal(RequestIdentity.Of(a), RequestIdentity.Of(b));
        Assert.NotEqual(RequestIdentity.Of(a), RequestIdentity.Of(c));
        Assert.NotEqual(RequestIdentity.Of(a), RequestIdentity.Of(d));
        Assert.NotEqual(RequestIdentity.Of(a), RequestIdentity.Of(e));
    }
}
