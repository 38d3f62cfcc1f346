using BenchmarkDotNet.Attributes;
using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Testing;

namespace DataPlatform.Contracts.Benchmarks;

// Whole hooks in the in-memory Juju (issue 11, docs/hook-cost.md): a fresh host and charm, the
// observers dispatched, the writes sent to the unit's backend; never committed, so each run starts
// from the same state. Compare each N with the one before: the work should grow as N does.

/// <summary>The provider's relation-changed with N new requests and a handler that only reads each.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class ProviderHookReadOnly
{
    private HookModel _model = null!;
    private HookContext _hook = null!;

    [Params(1, 10, 100, 1000)]
    public int Requests { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _model = HookModel.ProviderWithClients(Charms.ReadOnly, clients: 1, Requests);
        _hook = Hooks.Relation("changed", "database", _model.Relations[0], "app0");
    }

    [Benchmark]
    public void RelationChanged() => _model.Run("db/0", _hook);
}

/// <summary>The same hook, each request answered by <c>SetResponse</c> carrying a user secret.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class ProviderHookAnswering
{
    private HookModel _model = null!;
    private HookContext _hook = null!;

    [Params(1, 10, 100, 1000)]
    public int Requests { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _model = HookModel.ProviderWithClients(Charms.Answering, clients: 1, Requests);
        _hook = Hooks.Relation("changed", "database", _model.Relations[0], "app0");
    }

    [Benchmark]
    public void RelationChanged() => _model.Run("db/0", _hook);
}

/// <summary>The read-only provider's relation-changed once every request was seen: nothing new.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class ProviderHookUnchanged
{
    private HookModel _model = null!;
    private HookContext _hook = null!;

    [Params(1, 10, 100, 1000)]
    public int Requests { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _model = HookModel.ProviderWithClients(Charms.ReadOnly, clients: 1, Requests);
        _hook = Hooks.Relation("changed", "database", _model.Relations[0], "app0");
        _model.Commit("db/0", _hook);
    }

    [Benchmark]
    public void RelationChanged() => _model.Run("db/0", _hook);
}

/// <summary>The requirer's relation-changed with N new responses, each with a user secret read by the handler.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class RequirerHookResponses
{
    private HookModel _model = null!;
    private HookContext _hook = null!;

    [Params(1, 10, 100, 1000)]
    public int Responses { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _model = HookModel.AnsweredClient(Charms.Client(Responses), Responses);
        _hook = Hooks.Relation("changed", "database", _model.Relations[0], "db");
    }

    [Benchmark]
    public void RelationChanged() => _model.Run("app0/0", _hook);
}

/// <summary>One provider hook answering every request of R relations of 10 requests each (SetResponse, user secrets).</summary>
[MemoryDiagnoser]
[MedianColumn]
public class ProviderHookRelations
{
    private HookModel _model = null!;
    private readonly HookContext _hook = new("answer-all");

    [Params(1, 10, 100)]
    public int Relations { get; set; }

    [GlobalSetup]
    public void Setup() => _model = HookModel.ProviderWithClients(Charms.AnsweringAll, Relations, requests: 10);

    [Benchmark]
    public void AnswerAll() => _model.Run("db/0", _hook);
}
