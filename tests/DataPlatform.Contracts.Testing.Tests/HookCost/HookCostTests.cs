using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.DataContracts;
using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Models;
using DataPlatform.Contracts.Relations;
using DataPlatform.Contracts.Testing.Tests.Charms;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Testing.Tests.HookCost;

/// <summary>
/// What one hook asks of Juju, counted through the backend seam (docs/hook-cost.md): each databag
/// is read once and written once whatever the number of requests, and each secret is read at most
/// once. Counts, not times: the shape cannot regress silently, and the test does not depend on the machine.
/// </summary>
public sealed class HookCostTests
{
    private readonly InMemoryJuju _juju = new();
    private readonly Dictionary<string, Func<CharmHost, object>> _charms = new();
    private int _relation;
    private int _created;

    public static TheoryData<int> Sizes => new() { 10, 100 };

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Provider_answering_every_new_request_reads_each_bag_once_and_writes_its_own_once(int requests)
    {
        ProviderWithRequests(requests);

        var calls = RunCounted("db/0", "app");

        Assert.Equal(2, calls.Calls("relation-get")); // the client's app bag and ours
        Assert.Equal(1, calls.MostOnOneSubject("relation-get"));
        Assert.Equal(1, calls.Calls("relation-set"));
        Assert.Equal(requests, calls.Calls("secret-add"));
        // One lookup of the label of each secret group (user, tls, entity) of each new response:
        // none exists yet, so the user secret is added and the empty groups are left alone.
        Assert.Equal(3 * requests, calls.Calls("secret-get"));
        Assert.Equal(1, calls.MostOnOneSubject("secret-get"));
        Assert.Equal(requests, ResponsesIn(_juju.Databag(_relation, "db")));
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Provider_seeing_nothing_new_reads_each_bag_once_and_writes_nothing(int requests)
    {
        ProviderWithRequests(requests);
        Assert.True(_juju.RunHook("db/0", Hooks.Relation("changed", "database", _relation, "app")).Committed);

        var calls = RunCounted("db/0", "app");

        Assert.Equal(2, calls.Calls("relation-get"));
        Assert.Equal(0, calls.Calls("relation-set"));
        Assert.Equal(0, calls.Calls("secret-get"));
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Requirer_reading_every_new_response_reads_each_secret_once(int requests)
    {
        DeployProvider();
        DeployClient(requests, withHandler: true);
        Assert.True(_juju.RunHook("app/0", Hooks.Relation("created", "database", _relation, "db")).Committed);
        Assert.True(_juju.RunHook("db/0", Hooks.Relation("changed", "database", _relation, "app")).Committed);

        var calls = RunCounted("app/0", "db", Metadata.AppDirectory);

        Assert.Equal(1, calls.MostOnOneSubject("relation-get"));
        Assert.Equal(3, calls.Calls("relation-get")); // the provider's app bag, ours, our unit's
        Assert.Equal(1, calls.Calls("relation-set")); // our unit's `data` memory
        // Each secret: one lookup by label (not labelled yet), one read by id that attaches the label.
        Assert.Equal(1, calls.MostOnOneSubject("secret-get"));
        Assert.Equal(2 * requests, calls.Calls("secret-get"));
        Assert.Equal(requests, _created);
    }

    [Fact]
    public void Many_SetResponse_calls_cost_and_write_what_one_SetResponses_call_does()
    {
        const int requests = 50;
        var one = new HookCostTests();
        one.ProviderWithRequests(requests);
        var each = one.RunCounted("db/0", "app");

        var all = new HookCostTests();
        all.Deploy("db", Metadata.DbDirectory, host =>
        {
            var handler = new ResourceProviderEventHandler<RequirerCommonModel>(host, "database");
            var answers = new List<ResourceProviderModel>();
            handler.ResourceRequested += e => answers.Add(Response(e.Request));
            host.Observe("database-relation-changed", hook => handler.SetResponses(hook.RelationId!.Value, answers));
            return handler;
        });
        all.DeployClient(requests, withHandler: false);
        all.WriteRequests(requests);
        var once = all.RunCounted("db/0", "app");

        foreach (var tool in new[] { "relation-get", "relation-set", "secret-get", "secret-info-get", "secret-add" })
        {
            Assert.True(each.Calls(tool) == once.Calls(tool), $"{tool}: {each.Calls(tool)} calls one response at a time, {once.Calls(tool)} all at once");
        }
        Assert.Equal(all._juju.Databag(all._relation, "db"), one._juju.Databag(one._relation, "db"));
    }

    private static ResourceProviderModel Response(RequirerCommonModel request) => new()
    {
        RequestId = request.RequestId, Salt = request.Salt, Username = "user-" + request.Resource, Password = "pw", Endpoints = "10.0.0.1:5432",
    };

    private void Deploy(string app, string directory, Func<CharmHost, object> charm)
    {
        _charms[app] = charm;
        _juju.Deploy(app, directory, charm);
    }

    // A provider answering each request, and a client (without a charm) that wrote `requests`.
    private void ProviderWithRequests(int requests)
    {
        DeployProvider();
        DeployClient(requests, withHandler: false);
        WriteRequests(requests);
    }

    private void DeployProvider() =>
        Deploy("db", Metadata.DbDirectory, host =>
        {
            var handler = new ResourceProviderEventHandler<RequirerCommonModel>(host, "database");
            handler.ResourceRequested += e => handler.SetResponse(e.Relation.Id, Response(e.Request));
            return handler;
        });

    private void DeployClient(int requests, bool withHandler)
    {
        Deploy("app", Metadata.AppDirectory, host =>
        {
            if (!withHandler) return new object();
            var handler = new ResourceRequirerEventHandler<ResourceProviderModel>(host, "database", Requests(requests));
            handler.ResourceCreated += e => _created += e.Response.Password is null ? 0 : 1;
            return handler;
        });
        _relation = _juju.Relate("app", "database", "db", "database");
    }

    private static List<RequirerCommonModel> Requests(int count) =>
        Enumerable.Range(0, count).Select(i => new RequirerCommonModel { Resource = $"db{i}", Salt = $"SALT{i:D12}" }).ToList();

    private void WriteRequests(int count)
    {
        var contract = new RequirerDataContractV1<RequirerCommonModel> { Requests = Requests(count) };
        foreach (var request in contract.Requests) request.RequestId = RequestIds.Hash(request.Resource, request.Salt);
        var databag = new Databag();
        contract.WriteDatabag(databag, ModelWriteContext.Full);
        _juju.UpdateDatabag(_relation, "app", databag);
    }

    private static int ResponsesIn(IReadOnlyDictionary<string, string> databag) =>
        DataContractV1<ResourceProviderModel>.ReadDatabag(databag, new ModelReadContext()).Requests.Count;

    // relation-changed on `unit` through the charm's entry point, the backend counted.
    private CountingBackend RunCounted(string unit, string remoteApp, string? charmDir = null)
    {
        CountingBackend? counted = null;
        var errors = new StringWriter();
        var status = JujuCharm.Run(RelationChangedEnvironment(unit, _relation, remoteApp, charmDir ?? Metadata.DbDirectory),
            hook => counted = new CountingBackend(_juju.HookBackend(hook)), _charms[unit.Split('/')[0]], errors);
        Assert.True(status == JujuCharm.Success, $"exit {status}: {errors}");
        return counted!;
    }

    /// <summary>What Juju sets for <c>database-relation-changed</c> on <paramref name="unit"/>, the remote application's bag changed.</summary>
    internal static Dictionary<string, string> RelationChangedEnvironment(string unit, int relation, string remoteApp, string charmDir) => new()
    {
        ["JUJU_DISPATCH_PATH"] = "hooks/database-relation-changed",
        ["JUJU_UNIT_NAME"] = unit,
        ["JUJU_MODEL_NAME"] = "test",
        ["JUJU_MODEL_UUID"] = "00000000-0000-4000-8000-000000000000",
        ["JUJU_VERSION"] = "3.6.12",
        ["JUJU_CHARM_DIR"] = charmDir,
        ["JUJU_CONTEXT_ID"] = unit + "-hook-1",
        ["JUJU_RELATION"] = "database",
        ["JUJU_RELATION_ID"] = $"database:{relation}",
        ["JUJU_REMOTE_APP"] = remoteApp,
        ["JUJU_REMOTE_UNIT"] = "",
    };
}
