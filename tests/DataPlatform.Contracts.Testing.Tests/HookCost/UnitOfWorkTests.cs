using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.DataContracts;
using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Models;
using DataPlatform.Contracts.Relations;
using DataPlatform.Contracts.Testing.Tests.Charms;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Testing.Tests.HookCost;

/// <summary>
/// The hook's unit of work (docs/hook-cost.md) changes when writes reach the backend, never what
/// the charm sees: a handler reads back its own writes at once, a failed hook sends nothing, and
/// outside a dispatch every write is sent at once.
/// </summary>
public sealed class UnitOfWorkTests
{
    private readonly InMemoryJuju _juju = new();
    private readonly List<string> _seen = new();
    private readonly int _relation;
    private bool _fail;

    public UnitOfWorkTests()
    {
        _juju.Deploy("db", Metadata.Db, Provider);
        _juju.Deploy("app", Metadata.App, _ => new object());
        _relation = _juju.Relate("app", "database", "db", "database");
        var contract = new RequirerDataContractV1<RequirerCommonModel>
        {
            Requests = { new RequirerCommonModel { Resource = "one", Salt = "SALT000000000001" }, new RequirerCommonModel { Resource = "two", Salt = "SALT000000000002" } },
        };
        foreach (var request in contract.Requests) request.RequestId = RequestIds.Hash(request.Resource, request.Salt);
        var databag = new Databag();
        contract.WriteDatabag(databag, ModelWriteContext.Full);
        _juju.UpdateDatabag(_relation, "app", databag);
    }

    private object Provider(CharmHost host)
    {
        var handler = new ResourceProviderEventHandler<RequirerCommonModel>(host, "database");
        handler.ResourceRequested += e =>
        {
            handler.SetResponse(e.Relation.Id, new ResourceProviderModel { RequestId = e.Request.RequestId, Username = "u-" + e.Request.Resource, Password = "pw" });
            // Read back in the same hook: the responses so far with their secrets, and the raw bag.
            var responses = handler.Responses<ResourceProviderModel>(e.Relation.Id);
            var data = PythonJson.Parse(e.Relation.LocalAppData()[WireKeys.Data]).AsObject();
            _seen.Add($"{e.Request.Resource}: {string.Join(",", responses.Select(r => r.Username + "/" + r.Password))} data={data.Count}");
            if (_fail) throw new InvalidOperationException("the charm failed");
        };
        return handler;
    }

    [Fact]
    public void A_handler_reads_back_its_own_writes_within_the_hook()
    {
        Assert.True(_juju.RunHook("db/0", Hooks.Relation("changed", "database", _relation, "app")).Committed);

        Assert.Equal(new[] { "one: u-one/pw data=1", "two: u-one/pw,u-two/pw data=2" }, _seen);
        Assert.Equal(2, DataContractV1<ResourceProviderModel>.ReadDatabag(_juju.Databag(_relation, "db"), new ModelReadContext()).Requests.Count);
    }

    [Fact]
    public void A_failed_hook_sends_no_databag_write_to_the_backend()
    {
        _fail = true;
        CountingBackend? counted = null;
        var environment = HookCostTests.RelationChangedEnvironment("db/0", _relation, "app", Metadata.DbDirectory);

        var status = JujuCharm.Run(environment, hook => counted = new CountingBackend(_juju.HookBackend(hook)), Provider);

        Assert.Equal(JujuCharm.CharmFailed, status);
        Assert.Equal(0, counted!.Calls("relation-set"));
        Assert.Empty(_juju.Databag(_relation, "db"));
    }

    [Fact]
    public void Outside_a_dispatch_each_write_is_sent_at_once()
    {
        var environment = HookEnvironment.Parse(new Dictionary<string, string>
        {
            ["JUJU_DISPATCH_PATH"] = "hooks/update-status",
            ["JUJU_UNIT_NAME"] = "db/0",
            ["JUJU_MODEL_UUID"] = "00000000-0000-4000-8000-000000000000",
            ["JUJU_VERSION"] = "3.6.12",
            ["JUJU_CHARM_DIR"] = Metadata.DbDirectory,
        });
        var counted = new CountingBackend(_juju.HookBackend(environment));
        var handler = new ResourceProviderEventHandler<RequirerCommonModel>(new CharmHost(counted, Metadata.Db), "database");

        handler.RaiseStatus(_relation, new RelationStatus { Code = 4, Message = "wait", Resolution = "none" });
        Assert.Equal(1, counted.Calls("relation-set"));
        handler.SetResponse(_relation, new ResourceProviderModel { RequestId = "x", Endpoints = "10.0.0.1:5432" });
        Assert.Equal(2, counted.Calls("relation-set"));
    }
}
