using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Models;
using DataPlatform.Contracts.Relations;
using DataPlatform.Contracts.Testing;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Tests.Relations;

/// <summary>
/// Issue 8, item 4: wire differences from the reference that no recorded vector covers, each
/// checked against the page of docs/protocol/ that describes what the reference writes.
/// </summary>
public sealed class WireParityTests
{
    // 8.3: resolve_status of a code that is not raised logs "Status [<code>] has never been raised
    // before." and returns; nothing is written.
    [Fact]
    public void Resolving_a_status_that_is_not_raised_logs_and_writes_nothing()
    {
        var charms = new TwoCharms();
        var relation = charms.Simulator.Integrate("app", "database", "db", "database");
        charms.Simulator.Settle();
        var before = charms.Databags(relation);

        var result = charms.Operate("db/0", handler => handler.ResolveStatus(relation, 4001));

        Assert.Null(result.Error);
        Assert.False(charms.Juju.Databag(relation, "db").ContainsKey("status"));
        Assert.Equal(before, charms.Databags(relation));
        Assert.Contains(result.Logs, l => l.Level == JujuLogLevel.Error && l.Message == "Status [4001] has never been raised before.");
    }

    // 8.3: resolving the last raised status writes the empty list, it does not delete the key.
    [Fact]
    public void Resolving_the_last_raised_status_writes_an_empty_list()
    {
        var charms = new TwoCharms();
        var relation = charms.Simulator.Integrate("app", "database", "db", "database");
        charms.Operate("db/0", handler => handler.RaiseStatus(relation, new RelationStatus { Code = 4001, Message = "m", Resolution = "r" }));

        charms.Operate("db/0", handler => handler.ResolveStatus(relation, 4001));

        Assert.Equal("[]", charms.Juju.Databag(relation, "db")["status"]);
    }

    // 7.2: set_response appends a V1 response that has no request id; 7.3: the requirer matches
    // it to its request by gen_hash(resource, salt).
    [Fact]
    public void A_response_without_request_id_is_kept_and_the_requirer_matches_it_by_hash()
    {
        var charms = new TwoCharms(answer: false);
        var relation = charms.Simulator.Integrate("app", "database", "db", "database");
        charms.Simulator.Settle();

        charms.Operate("db/0", handler => handler.SetResponse(relation, new ResourceProviderModel
        {
            Resource = "clientdb", Salt = "SALT000000000001", Username = "u", Password = TwoCharms.Password,
        }));
        charms.Simulator.Settle();

        var responses = PythonJson.Parse(charms.Juju.Databag(relation, "db")["requests"]).AsArray();
        var response = Assert.Single(responses).AsObject();
        Assert.True(response["request-id"].IsNull);
        Assert.Equal(new[] { "resource_created" }, charms.Events);
    }

    // D100: two responses without request id, for different resources, stay two responses.
    [Fact]
    public void D100_responses_without_request_id_merge_only_with_the_same_hash()
    {
        var charms = new TwoCharms(answer: false);
        var relation = charms.Simulator.Integrate("app", "database", "db", "database");
        charms.Simulator.Settle();

        charms.Operate("db/0", handler => handler.SetResponse(relation, new ResourceProviderModel { Resource = "clientdb", Salt = "SALT000000000001", Endpoints = "a" }));
        charms.Operate("db/0", handler => handler.SetResponse(relation, new ResourceProviderModel { Resource = "other", Salt = "SALT000000000002", Endpoints = "b" }));
        charms.Operate("db/0", handler => handler.SetResponse(relation, new ResourceProviderModel { Resource = "clientdb", Salt = "SALT000000000001", Endpoints = "c" }));

        var responses = PythonJson.Parse(charms.Juju.Databag(relation, "db")["requests"]).AsArray().Select(r => r.AsObject()).ToList();
        Assert.Equal(new[] { ("clientdb", "c"), ("other", "b") }, responses.Select(r => (r["resource"].AsString(), r["endpoints"].AsString())));
    }

    // 7.2: set_responses drops responses without request id (and asserts the rest have one).
    [Fact]
    public void Set_responses_still_drops_a_response_without_request_id_with_a_warning()
    {
        var charms = new TwoCharms(answer: false);
        var relation = charms.Simulator.Integrate("app", "database", "db", "database");
        charms.Simulator.Settle();

        var result = charms.Operate("db/0", handler => handler.SetResponses(relation, new[]
        {
            new ResourceProviderModel { Resource = "clientdb", Salt = "SALT000000000001", Username = "u", Password = TwoCharms.Password },
        }));

        Assert.Contains(result.Logs, l => l.Level == JujuLogLevel.Warning && l.Message.Contains("without request-id", StringComparison.Ordinal));
        Assert.Empty(PythonJson.Parse(charms.Juju.Databag(relation, "db")["requests"]).AsArray());
    }

    // 3.3: answering a V0 client writes the response flat; a response whose resource is "" writes
    // no `resource` key, beside the compatibility patch `database = <resource>`.
    [Fact]
    public void Answering_a_V0_client_writes_no_resource_key_the_response_did_not_set()
    {
        var juju = new InMemoryJuju();
        var answered = false;
        juju.Deploy("db", new CharmMetadata("db") { Provides = new[] { new EndpointMetadata("database", "postgresql_client") } }, host =>
        {
            var handler = new ResourceProviderEventHandler<RequirerCommonModel>(host, "database");
            handler.ResourceEntityRequested += e =>
            {
                answered = true;
                handler.SetResponse(e.Relation.Id, new ResourceProviderModel { EntityName = "role1", EntityPassword = TwoCharms.Password });
            };
            // A later answer (a password rotation) once the patch `database = mydb` is in the databag.
            host.Observe("rotate", hook => handler.SetResponse(hook.RelationId!.Value, new ResourceProviderModel { EntityPassword = "rotated-" + TwoCharms.Password }));
            return handler;
        });
        juju.Deploy("client", new CharmMetadata("client") { Requires = new[] { new EndpointMetadata("database", "postgresql_client") } }, _ => new object());
        var relation = juju.Relate("client", "database", "db", "database");
        juju.UpdateDatabag(relation, "client", new Dictionary<string, string>
        {
            ["database"] = "mydb", ["entity-type"] = "USER", ["extra-user-roles"] = "R1",
        });

        var result = juju.RunHook("db/0", Hooks.Relation("changed", "database", relation, "client"));
        var rotated = juju.RunHook("db/0", new HookContext("rotate") { RelationId = relation, RelationName = "database" });

        Assert.Null(result.Error);
        Assert.Null(rotated.Error);
        Assert.True(answered);
        var bag = juju.Databag(relation, "db");
        Assert.False(bag.ContainsKey("resource"));
        Assert.Equal("mydb", bag["database"]);
        Assert.True(bag.ContainsKey("secret-entity"));
        Assert.True(bag.ContainsKey("salt"));
    }

    // 2.5: `privileges: list` is an untyped list: any items are accepted and written back as read.
    [Fact]
    public void Entity_permission_privileges_take_any_list_and_write_it_back_identically()
    {
        const string json = "{\"resource_name\": \"cars\", \"resource_type\": \"TABLE\", \"privileges\": [\"SELECT\", 1, [\"x\"], {\"a\": null}]}";

        var model = RelationModels.FromJson<EntityPermissionModel>(json);

        Assert.Equal(json, RelationModels.ToJson(model));
        Assert.Equal(4, model.Privileges.AsArray().Count);
    }

    [Fact]
    public void Entity_permission_privileges_that_are_not_a_list_are_refused_naming_the_key()
    {
        var error = Assert.Throws<RelationModelValidationException>(() =>
            RelationModels.FromJson<EntityPermissionModel>("{\"resource_name\": \"cars\", \"resource_type\": \"TABLE\", \"privileges\": \"SELECT\"}"));

        var issue = Assert.Single(error.Issues);
        Assert.Equal("list_type", issue.Kind);
        Assert.Equal("privileges", issue.Path);
    }

    // juju/juju core/secrets/createsecret.go: CreateSecretData and encodeBase64 check only keys and
    // sizes; an empty value is stored. docs/protocol/secrets.md#writing-secret-members: upstream stores "" inside an existing secret.
    [Fact]
    public void The_in_memory_Juju_stores_an_empty_secret_value_as_Juju_does()
    {
        var juju = new InMemoryJuju();
        string? id = null;
        juju.Deploy("db", new CharmMetadata("db"), host =>
        {
            host.Observe("add", _ => id = host.Backend.SecretAdd(new Dictionary<string, string> { ["username"] = "u", ["password"] = "" }, "lbl", SecretOwner.Application));
            return host;
        });

        var result = juju.RunHook("db/0", new HookContext("add"));

        Assert.Null(result.Error);
        Assert.Equal("", juju.Secret(id!).LatestContent["password"]);
    }
}
