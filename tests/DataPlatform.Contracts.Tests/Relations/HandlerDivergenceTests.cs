using DataPlatform.Contracts.Models;
using DataPlatform.Contracts.Testing;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Tests.Relations;

/// <summary>Divergences of the relation handlers that no recorded scenario shows (divergences.md).</summary>
public sealed class HandlerDivergenceTests
{
    [Fact]
    public void D18_a_leader_republishes_requests_missing_from_its_app_databag()
    {
        var charms = new TwoCharms();
        var relation = charms.Simulator.Integrate("app", "database", "db", "database");
        var published = charms.Juju.Databag(relation, "app")["requests"];
        charms.Juju.UpdateDatabag(relation, "app", new Dictionary<string, string> { ["requests"] = "" });

        charms.Juju.RunHook("app/0", Hooks.Relation("changed", "database", relation, "db"));

        Assert.Equal(published, charms.Juju.Databag(relation, "app")["requests"]);
    }

    [Fact]
    public void D19_a_request_without_request_id_is_stored_under_its_hash_beside_the_others()
    {
        var charms = new TwoCharms(answer: false);
        var relation = charms.Simulator.Integrate("app", "database", "db", "database");
        charms.Simulator.Settle();
        // Another implementation publishes a second request without a request id.
        var requests = charms.Juju.Databag(relation, "app")["requests"];
        var second = "{\"resource\": \"other\", \"salt\": \"SALT000000000002\"}";
        charms.Juju.UpdateDatabag(relation, "app", new Dictionary<string, string> { ["requests"] = requests[..^1] + ", " + second + "]" });

        charms.Simulator.Sync("app", "db", relation);

        var data = PythonJson.Parse(charms.Juju.Databag(relation, "db")["data"]).AsObject();
        Assert.True(data.ContainsKey(RequestIds.Hash("other", "SALT000000000002")));
        Assert.True(data.ContainsKey(RequestIds.Hash("clientdb", "SALT000000000001")));
    }

    [Fact]
    public void D7_every_requirer_event_is_also_raised_under_the_relation_alias()
    {
        var charms = new TwoCharms(aliases: new[] { "cluster1" });
        var relation = charms.Simulator.Integrate("app", "database", "db", "database");
        charms.Simulator.Settle();
        Assert.Equal("cluster1", charms.Juju.Databag(relation, "app/0")["alias"]);
        Assert.Equal(new[] { "resource_created", "cluster1_resource_created" }, charms.Events);

        // A new revision of the user secret: authentication_updated, plain and aliased.
        var requestId = charms.Juju.Databag(relation, "app")["requests"].Split('"')[7];
        charms.Operate("db/0", handler => handler.SetResponse(relation, new ResourceProviderModel { RequestId = requestId, Password = "rotated" }));
        charms.Simulator.Settle();

        Assert.Equal(new[] { "resource_created", "cluster1_resource_created", "authentication_updated", "cluster1_authentication_updated" }, charms.Events);
    }

    [Fact]
    public void Aliases_whose_count_differs_from_the_endpoint_limit_are_refused()
    {
        var host = new DataPlatform.Contracts.Charms.CharmHost(new NoBackend(),
            new DataPlatform.Contracts.Charms.CharmMetadata("app") { Requires = new[] { new DataPlatform.Contracts.Charms.EndpointMetadata("database", "pg", Limit: 1) } });
        var error = Assert.Throws<ArgumentException>(() => new DataPlatform.Contracts.Relations.ResourceRequirerEventHandler<ResourceProviderModel>(
            host, "database", Array.Empty<RequirerCommonModel>(), new DataPlatform.Contracts.Relations.RequirerOptions { RelationAliases = new[] { "a", "b" } }));
        Assert.Equal("Invalid number of aliases, expected 1, received 2", error.Message);
    }

    // The constructor must refuse before it touches Juju.
    private sealed class NoBackend : DataPlatform.Contracts.Juju.IJujuBackend
    {
        public string UnitName => throw new NotSupportedException();
        public string AppName => throw new NotSupportedException();
        public DataPlatform.Contracts.Juju.HookContext Hook => throw new NotSupportedException();
        public bool IsLeader() => throw new NotSupportedException();
        public IReadOnlyList<int> RelationIds(string endpoint) => throw new NotSupportedException();
        public IReadOnlyList<string> RelationUnits(int relationId) => throw new NotSupportedException();
        public string RemoteApp(int relationId) => throw new NotSupportedException();
        public IReadOnlyDictionary<string, string> RelationGet(int relationId, string member) => throw new NotSupportedException();
        public void RelationSet(int relationId, IReadOnlyDictionary<string, string> changes, bool app) => throw new NotSupportedException();
        public string SecretAdd(IReadOnlyDictionary<string, string> content, string? label, DataPlatform.Contracts.Juju.SecretOwner owner) => throw new NotSupportedException();
        public IReadOnlyDictionary<string, string> SecretGet(string? id, string? label, DataPlatform.Contracts.Juju.SecretRead mode) => throw new NotSupportedException();
        public DataPlatform.Contracts.Juju.SecretInfo SecretInfoGet(string? id, string? label) => throw new NotSupportedException();
        public void SecretSet(string id, IReadOnlyDictionary<string, string> content) => throw new NotSupportedException();
        public void SecretGrant(string id, int relationId) => throw new NotSupportedException();
        public void SecretRevoke(string id, int relationId) => throw new NotSupportedException();
        public void SecretRemove(string id, int? revision) => throw new NotSupportedException();
        public void Log(DataPlatform.Contracts.Juju.JujuLogLevel level, string message) => throw new NotSupportedException();
        public void StatusSet(DataPlatform.Contracts.Juju.WorkloadStatus status, string message, bool application) => throw new NotSupportedException();
        public IReadOnlyDictionary<string, DataPlatform.Contracts.Wire.WireValue> ConfigGet() => throw new NotSupportedException();
        public IReadOnlyDictionary<string, DataPlatform.Contracts.Wire.WireValue> ActionGet() => throw new NotSupportedException();
        public void ActionSet(IReadOnlyDictionary<string, string> results) => throw new NotSupportedException();
        public void ActionFail(string message) => throw new NotSupportedException();
        public void ActionLog(string message) => throw new NotSupportedException();
    }
}
