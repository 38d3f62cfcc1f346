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
    private bool _badPointer;
    private ResourceProviderModel? _lastAnswer;

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
            var answer = new ResourceProviderModel { RequestId = e.Request.RequestId, Username = "u-" + e.Request.Resource, Password = "pw" };
            // A pointer that is no secret URI is written as it stands but fails the pointer rule on a read.
            if (_badPointer && e.Request.Resource == "one") answer.SecretTls = "not-a-pointer";
            handler.SetResponse(e.Relation.Id, answer);
            // Changed after it was answered: the bag keeps what SetResponse was given.
            answer.Endpoints = "changed-later";
            _lastAnswer = answer;
            if (_badPointer)
            {
                _seen.Add(e.Request.Resource);
                return;
            }
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
    public void The_bag_holds_each_response_as_it_was_answered()
    {
        Assert.True(_juju.RunHook("db/0", Hooks.Relation("changed", "database", _relation, "app")).Committed);

        Assert.Equal("changed-later", _lastAnswer!.Endpoints);
        var text = _juju.Databag(_relation, "db")[WireKeys.Requests];
        Assert.DoesNotContain("changed-later", text, StringComparison.Ordinal);
        var stored = DataContractV1<ResourceProviderModel>.ReadDatabag(_juju.Databag(_relation, "db"), new ModelReadContext()).Requests;
        Assert.All(stored, r => Assert.Null(r.Endpoints));
    }

    [Fact]
    public void A_response_that_would_not_read_back_fails_the_next_answer_in_the_hook()
    {
        // As upstream's set_response, which reads the whole list from the bag before it adds one:
        // the first answer is written, the second finds it invalid, and the failed hook keeps nothing.
        _badPointer = true;

        var result = _juju.RunHook("db/0", Hooks.Relation("changed", "database", _relation, "app"));

        Assert.False(result.Committed);
        var error = Assert.IsType<RelationModelValidationException>(result.Error);
        Assert.Contains("secret-tls", error.Message, StringComparison.Ordinal);
        Assert.Equal(new[] { "one" }, _seen);
        Assert.Empty(_juju.Databag(_relation, "db"));
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
