using System.Text.Json.Nodes;

namespace DataPlatform.Contracts.Conformance.Tests;

/// <summary>The divergence rules do what docs/divergences.md says, on small scenarios written here.</summary>
public sealed class DivergenceRulesTests
{
    private const string Setup = """
        {"relations": [{"provider": "p", "relation_id": 0, "requirer": "r"}],
         "p": {"app": "db", "unit": "db/0", "endpoint": "database", "handler": "ResourceProviderEventHandler", "library": "v1"},
         "r": {"app": "app", "unit": "app/0", "endpoint": "database", "handler": "ResourceRequirerEventHandler", "library": "v1"}}
        """;

    private const string Hook = """{"side": "r", "type": "hook", "name": "database_relation_changed", "relation_id": 0, "app": "db"}""";

    [Fact]
    public void D2_raises_each_code_once_when_it_appears_and_resolves_it_once_when_it_goes()
    {
        // Upstream repeats status_raised on every sync (Q9); here each sync carries the provider's statuses.
        var recorded = Scenario(
            SyncToRequirer("[4001]", upstreamEvents: "status_raised"),
            SyncToRequirer("[4001, 5001]", upstreamEvents: "status_raised,status_raised"),
            SyncToRequirer("[5001]", upstreamEvents: "status_raised"),
            SyncToRequirer("[]", upstreamEvents: ""));

        var steps = DivergenceRules.StatusesOncePerCode(recorded)["steps"]!.AsArray();

        Assert.Equal(new[] { "hook", "status_raised 4001" }, Names(steps[0]));
        Assert.Equal(new[] { "hook", "status_raised 5001" }, Names(steps[1]));
        Assert.Equal(new[] { "hook", "status_resolved 4001" }, Names(steps[2]));
        Assert.Equal(new[] { "hook", "status_resolved 5001" }, Names(steps[3]));
        Assert.Equal("""{"status": {"4001": {"code": 4001}, "5001": {"code": 5001}}}""", UnitData(steps[1]));
        Assert.Null(UnitData(steps[3]));
    }

    [Fact]
    public void D12_a_refused_change_leaves_the_provider_as_it_was_while_the_recording_keeps_the_refused_state()
    {
        var before = """{"relations": {"0": {"app": {"data": "old"}, "unit": {}}}, "secrets_consumed": [], "secrets_owned": []}""";
        var refused = """{"relations": {"0": {"app": {"data": "refused"}, "unit": {}}}, "secrets_consumed": [], "secrets_owned": []}""";
        var recorded = Scenario(
            Step("""{"op": "raw_update", "side": "r", "relation_id": 0, "bag": "app", "data": {}}""", before),
            Step("""{"op": "sync", "from": "r", "to": "p", "relation_id": 0}""", refused, error: """{"exception": "ValueError", "message": "Cannot change extra-user-roles after relation has already been created"}"""),
            Step("""{"op": "query_requests", "side": "p", "relation_id": 0}""", refused));

        var steps = DivergenceRules.RefusedChangeStoresNothing(recorded)["steps"]!.AsArray();

        Assert.Equal("old", steps[1]!["state"]!["p"]!["relations"]!["0"]!["app"]!["data"]!.GetValue<string>());
        Assert.Equal("old", steps[2]!["state"]!["p"]!["relations"]!["0"]!["app"]!["data"]!.GetValue<string>());
    }

    [Fact]
    public void D17_the_provider_drops_the_relations_secrets_and_the_requirer_sees_it_at_its_next_sync()
    {
        var provider = """{"relations": {"0": null}, "secrets_consumed": [], "secrets_owned": [{"id": "secret:0001", "label": "database.0.abc.user.secret"}, {"id": "secret:0002", "label": "database.1.abc.user.secret"}]}""";
        var requirer = """{"relations": {"0": null}, "secrets_consumed": [{"id": "secret:0001"}], "secrets_owned": []}""";
        var recorded = Scenario(
            Step("""{"op": "relation_removed", "side": "p", "relation_id": 0}""", provider, requirer),
            Step("""{"op": "sync", "from": "p", "to": "r", "relation_id": 0}""", provider, requirer));

        var steps = DivergenceRules.BrokenRelationLeavesNoSecrets(recorded)["steps"]!.AsArray();

        Assert.Equal(new[] { "secret:0002" }, Ids(steps[0]!["state"]!["p"]!["secrets_owned"]!));
        Assert.Equal(new[] { "secret:0001" }, Ids(steps[0]!["state"]!["r"]!["secrets_consumed"]!));
        Assert.Empty(Ids(steps[1]!["state"]!["r"]!["secrets_consumed"]!));
    }

    [Fact]
    public void D13_all_created_only_when_each_request_queried_is()
    {
        var none = JsonNode.Parse("""{"are_all_resources_created": true, "is_resource_created": {"a": true, "b": false}}""")!;
        var all = JsonNode.Parse("""{"are_all_resources_created": true, "is_resource_created": {"a": true}}""")!;

        Assert.False(DivergenceRules.AllCreatedOnlyWhenEachIs(none)["are_all_resources_created"]!.GetValue<bool>());
        Assert.True(DivergenceRules.AllCreatedOnlyWhenEachIs(all)["are_all_resources_created"]!.GetValue<bool>());
    }

    [Fact]
    public void D6_a_first_request_with_an_mtls_cert_is_requested_before_its_cert_is_updated()
    {
        var recorded = JsonNode.Parse(Setup.Replace("\"library\": \"v1\"}", "\"library\": \"v1\", \"options\": {\"mtls_enabled\": true}}"))!;
        var mtls = """{"side": "p", "type": "library_event", "name": "mtls_cert_updated", "relation_id": 0, "old_mtls_cert": null, "request": {"request-id": "a", "resource": "db"}}""";
        var rotated = mtls.Replace("\"old_mtls_cert\": null", "\"old_mtls_cert\": \"CERT-1\"");
        var scenario = JsonNode.Parse("{\"setup\": " + recorded.ToJsonString() + ", \"steps\": [{\"events\": [" + mtls + "]}, {\"events\": [" + rotated + "]}]}")!;

        var steps = DivergenceRules.MtlsFirstRequestIsRequestedFirst(scenario)["steps"]!.AsArray();

        Assert.Equal(new[] { "resource_requested", "mtls_cert_updated" }, steps[0]!["events"]!.AsArray().Select(e => e!["name"]!.GetValue<string>()));
        Assert.Equal(new[] { "mtls_cert_updated" }, steps[1]!["events"]!.AsArray().Select(e => e!["name"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void D1_our_kafka_requirer_writes_no_stray_key_and_our_provider_never_reads_its_secret(bool requirerOurs)
    {
        const string stray = ", \"secret_AfterValidator(func=<function is_topic_value_acceptable at 0xADDR>)\": \"secret:0001\"";
        var requests = "[{\"resource\": \"orders\", \"consumer-group-prefix\": \"cg-\"" + stray + "}]";
        var label = "kafka-client.0.x.AfterValidator(func=<function is_topic_value_acceptable at 0xADDR>).secret";
        var requirer = new JsonObject
        {
            ["relations"] = new JsonObject { ["0"] = new JsonObject { ["app"] = new JsonObject { ["requests"] = requests }, ["unit"] = new JsonObject() } },
            ["secrets_consumed"] = new JsonArray(),
            ["secrets_owned"] = new JsonArray(new JsonObject { ["id"] = "secret:0001", ["label"] = label }),
        };
        var provider = new JsonObject
        {
            ["relations"] = new JsonObject { ["0"] = new JsonObject { ["app"] = new JsonObject { ["data"] = "{\"x\": {\"resource\": \"orders\"" + stray + "}}" }, ["unit"] = new JsonObject() } },
            ["secrets_consumed"] = new JsonArray(new JsonObject { ["id"] = "secret:0001", ["consumer_label"] = label }),
            ["secrets_owned"] = new JsonArray(),
        };
        var setup = JsonNode.Parse(Setup)!;
        setup["r"]!["request_model"] = "KafkaRequestModel";
        var scenario = new JsonObject { ["setup"] = setup, ["steps"] = new JsonArray(new JsonObject { ["events"] = new JsonArray(), ["state"] = new JsonObject { ["p"] = provider, ["r"] = requirer } }) };

        var state = DivergenceRules.ConsumerGroupPrefixIsPlain(scenario, requirerOurs ? new[] { "p", "r" } : new[] { "p" })["steps"]![0]!["state"]!;

        Assert.Equal("[{\"resource\": \"orders\", \"consumer-group-prefix\": \"cg-\"}]", state["r"]!["relations"]!["0"]!["app"]!["requests"]!.GetValue<string>());
        Assert.Empty(state["r"]!["secrets_owned"]!.AsArray());
        Assert.Empty(state["p"]!["secrets_consumed"]!.AsArray());
        // Facing the recorded Python requirer, our provider keeps the stray key as the extra field it stored.
        Assert.Equal(!requirerOurs, state["p"]!["relations"]!["0"]!["app"]!["data"]!.GetValue<string>().Contains("secret_AfterValidator", StringComparison.Ordinal));
    }

    [Fact]
    public void D7_authentication_updated_is_also_raised_under_the_alias_and_fails_no_hook()
    {
        var setup = JsonNode.Parse(Setup)!;
        setup["r"]!["relation_aliases"] = new JsonArray("cluster1", "cluster2");
        var requirer = JsonNode.Parse(Empty)!;
        requirer["relations"]!["0"]!["unit"]!["alias"] = "cluster2";
        var updated = JsonNode.Parse("""{"side": "r", "type": "library_event", "name": "authentication_updated", "relation_id": 0, "response": {"tls": true}}""")!;
        JsonObject Step(string? error) => new()
        {
            ["action"] = JsonNode.Parse("""{"op": "sync", "from": "p", "to": "r", "relation_id": 0}"""),
            ["events"] = new JsonArray(updated.DeepClone()),
            ["state"] = new JsonObject { ["p"] = JsonNode.Parse(Empty), ["r"] = requirer.DeepClone() },
            ["error"] = error is null ? null : JsonNode.Parse(error),
        };
        var crashed = Step("""{"exception": "AttributeError", "message": "'X' object has no attribute 'cluster2_authentication_updated'"}""");
        var fromSecretChanged = Step(null);
        fromSecretChanged.Remove("error");
        var scenario = new JsonObject { ["setup"] = setup, ["steps"] = new JsonArray(crashed, fromSecretChanged) };

        var steps = DivergenceRules.AliasedAuthenticationUpdated(scenario)["steps"]!.AsArray();

        foreach (var step in steps)
        {
            Assert.Equal(new[] { "authentication_updated", "cluster2_authentication_updated" }, step!["events"]!.AsArray().Select(e => e!["name"]!.GetValue<string>()));
            Assert.False(step.AsObject().ContainsKey("error"));
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void D5_an_entity_request_without_resource_is_requested_in_request_order_by_a_leader(bool leader)
    {
        var setup = JsonNode.Parse(Setup)!;
        setup["p"]!["leader"] = leader;
        var requests = """[{"resource": "db", "request-id": "a", "entity-type": null}, {"resource": "", "request-id": "b", "entity-type": "USER", "salt": "S", "secret-mtls": null}]""";
        var requirer = JsonNode.Parse(Empty)!;
        requirer["relations"]!["0"]!["app"]!["requests"] = requests;
        var hook = """{"side": "p", "type": "hook", "name": "database_relation_changed", "relation_id": 0, "app": "app"}""";
        var requested = """{"side": "p", "type": "library_event", "name": "resource_requested", "relation_id": 0, "request": {"request-id": "a", "resource": "db"}}""";
        var step = JsonNode.Parse("{\"action\": {\"op\": \"sync\", \"from\": \"r\", \"to\": \"p\", \"relation_id\": 0}, \"events\": [" + hook + ", " + requested + "]}")!;
        step["state"] = new JsonObject { ["p"] = JsonNode.Parse(Empty), ["r"] = requirer };
        var scenario = new JsonObject { ["setup"] = setup, ["steps"] = new JsonArray(step, step.DeepClone()) };

        var steps = DivergenceRules.EntityRequestWithoutResourceIsRequested(scenario)["steps"]!.AsArray();

        var names = steps[0]!["events"]!.AsArray().Select(e => e!["name"]!.GetValue<string>()).ToArray();
        Assert.Equal(leader ? new[] { "database_relation_changed", "resource_requested", "resource_entity_requested" } : new[] { "database_relation_changed", "resource_requested" }, names);
        if (leader) Assert.Equal("""{"resource":"","request-id":"b","entity-type":"USER","salt":"S"}""", steps[0]!["events"]![2]!["request"]!.ToJsonString());
        // Only when the entity type first appears.
        Assert.Equal(2, steps[1]!["events"]!.AsArray().Count);
    }

    private static JsonNode Scenario(params string[] steps) =>
        JsonNode.Parse("{\"setup\": " + Setup + ", \"steps\": [" + string.Join(", ", steps) + "]}")!;

    private static string Step(string action, string provider, string? requirer = null, string? error = null) =>
        "{\"action\": " + action + ", \"events\": [], " + (error is null ? "" : "\"error\": " + error + ", ")
        + "\"state\": {\"p\": " + provider + ", \"r\": " + (requirer ?? Empty) + "}}";

    private const string Empty = """{"relations": {"0": {"app": {}, "unit": {}}}, "secrets_consumed": [], "secrets_owned": []}""";

    // A sync from the provider whose app databag holds `codes` as its status list; the recording's
    // (upstream's) status events are named by `upstreamEvents`.
    private static string SyncToRequirer(string codes, string upstreamEvents)
    {
        var statuses = JsonNode.Parse(codes)!.AsArray().Select(c => new JsonObject { ["code"] = c!.GetValue<int>() }).ToArray();
        var status = new JsonArray(statuses).ToJsonString();
        var provider = new JsonObject
        {
            ["relations"] = new JsonObject { ["0"] = new JsonObject { ["app"] = new JsonObject { ["status"] = status }, ["unit"] = new JsonObject() } },
            ["secrets_consumed"] = new JsonArray(),
            ["secrets_owned"] = new JsonArray(),
        }.ToJsonString();
        var events = upstreamEvents.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(n => "{\"side\": \"r\", \"type\": \"library_event\", \"name\": \"" + n + "\", \"relation_id\": 0, \"status\": {\"code\": 1}}");
        return """{"action": {"op": "sync", "from": "p", "to": "r", "relation_id": 0}, "events": ["""
            + string.Join(", ", events.Prepend(Hook)) + "], \"state\": {\"p\": " + provider + ", \"r\": " + Empty + "}}";
    }

    private static string[] Names(JsonNode? step) => step!["events"]!.AsArray()
        .Select(e => e!["type"]!.GetValue<string>() == "hook" ? "hook" : $"{e["name"]} {e["status"]!["code"]}").ToArray();

    private static string? UnitData(JsonNode? step) => step!["state"]!["r"]!["relations"]!["0"]!["unit"]!["data"]?.GetValue<string>();

    private static string[] Ids(JsonNode secrets) => secrets.AsArray().Select(s => s!["id"]!.GetValue<string>()).ToArray();
}
