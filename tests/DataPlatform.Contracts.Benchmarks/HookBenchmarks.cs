using BenchmarkDotNet.Attributes;
using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Testing;

namespace DataPlatform.Contracts.Benchmarks;

// Whole hooks in the in-memory Juju (issue 11, docs/hook-cost.md): a fresh host and charm, the
// observers dispatched, the writes sent to the unit's backend; never committed, so each run starts
// from the same state. Compare each Count with the one before: the work should grow as Count does.

/// <summary>One hook on one unit of a model built for <see cref="Count"/>.</summary>
[MemoryDiagnoser]
[MedianColumn]
public abstract class HookBenchmark
{
    private HookModel _model = null!;
    private string _unit = null!;
    private HookContext _hook = null!;

    /// <summary>Requests (or responses, or relations) the hook handles.</summary>
    public abstract int Count { get; set; }

    [GlobalSetup]
    public void Setup() => (_model, _unit, _hook) = Build(Count);

    [Benchmark]
    public void Hook() => _model.Run(_unit, _hook);

    /// <summary>The model, the unit and the hook to run for <paramref name="count"/>.</summary>
    private protected abstract (HookModel Model, string Unit, HookContext Hook) Build(int count);

    private protected static (HookModel, string, HookContext) ProviderChanged(HookModel model) =>
        (model, "db/0", Hooks.Relation("changed", "database", model.Relations[0], "app0"));
}

/// <summary>The provider's relation-changed with Count new requests and a handler that only reads each.</summary>
public class ProviderHookReadOnly : HookBenchmark
{
    [Params(1, 10, 100, 1000)]
    public override int Count { get; set; }

    private protected override (HookModel, string, HookContext) Build(int count) => ProviderChanged(HookModel.ProviderWithClients(HookCharms.ReadOnly, 1, count));
}

/// <summary>The same hook, each request answered by <c>SetResponse</c> carrying a user secret.</summary>
public class ProviderHookAnswering : HookBenchmark
{
    [Params(1, 10, 100, 1000)]
    public override int Count { get; set; }

    private protected override (HookModel, string, HookContext) Build(int count) => ProviderChanged(HookModel.ProviderWithClients(HookCharms.Answering, 1, count));
}

/// <summary>The read-only provider's relation-changed once every request was seen: nothing new.</summary>
public class ProviderHookUnchanged : HookBenchmark
{
    [Params(1, 10, 100, 1000)]
    public override int Count { get; set; }

    private protected override (HookModel, string, HookContext) Build(int count)
    {
        var (model, unit, hook) = ProviderChanged(HookModel.ProviderWithClients(HookCharms.ReadOnly, 1, count));
        model.Commit(unit, hook);
        return (model, unit, hook);
    }
}

/// <summary>The requirer's relation-changed with Count new responses, each with a user secret read by the handler.</summary>
public class RequirerHookResponses : HookBenchmark
{
    [Params(1, 10, 100, 1000)]
    public override int Count { get; set; }

    private protected override (HookModel, string, HookContext) Build(int count)
    {
        var model = HookModel.AnsweredClient(HookCharms.Client(count), count);
        return (model, "app0/0", Hooks.Relation("changed", "database", model.Relations[0], "db"));
    }
}

/// <summary>One provider hook answering every request of Count relations of 10 requests each (SetResponse, user secrets).</summary>
public class ProviderHookRelations : HookBenchmark
{
    [Params(1, 10, 100)]
    public override int Count { get; set; }

    private protected override (HookModel, string, HookContext) Build(int count) =>
        (HookModel.ProviderWithClients(HookCharms.AnsweringAll, count, requests: 10), "db/0", new HookContext("answer-all"));
}
