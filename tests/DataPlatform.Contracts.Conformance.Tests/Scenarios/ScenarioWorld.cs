using System.Text.Json;
using System.Text.RegularExpressions;
using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.Conformance.Tests.Comparison;
using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Testing;

namespace DataPlatform.Contracts.Conformance.Tests.Scenarios;

/// <summary>
/// A scenario's sides, each in its own model (<see cref="SideModel"/>) bridged by
/// <see cref="ScenarioBridge"/>: each side is either ours (our handler runs its hooks) or played
/// back (its model is set to the recorded state at each step).
/// </summary>
public sealed partial class ScenarioWorld
{
    public const string OperationHook = "scenario-operation";

    private readonly Dictionary<string, SideModel> _models = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ours;
    private JsonElement _pendingAction;
    private JsonElement? _operationResult;

    public ScenarioWorld(ScenarioSetup setup, IEnumerable<string> ours, VectorComparer comparer)
    {
        Setup = setup;
        _ours = ours.ToHashSet(StringComparer.Ordinal);
        Comparer = comparer;
        var index = 0;
        foreach (var side in setup.Sides)
        {
            _models[side.Name] = new SideModel(setup, side, index++, host => Charm(side, host));
        }
    }

    public ScenarioSetup Setup { get; }

    public VectorComparer Comparer { get; }

    public ScenarioEvents Events { get; } = new();

    public bool IsOurs(string side) => _ours.Contains(side);

    public SideModel Model(string side) => _models.TryGetValue(side, out var model) ? model
        : throw new InvalidOperationException($"the setup has no side '{side}'");

    private object Charm(ScenarioSide side, CharmHost host)
    {
        if (!_ours.Contains(side.Name)) return new object();
        var charm = CharmsUnderTest.Create(side, host, Events);
        host.Observe(OperationHook, _ => _operationResult = charm.Run(_pendingAction));
        return charm;
    }

    /// <summary>Runs an API call of our charm inside a hook, so its writes commit like a hook's.</summary>
    public (JsonElement? Result, Exception? Error) Operate(string side, JsonElement action)
    {
        _pendingAction = action;
        _operationResult = null;
        var error = Run(side, new HookContext(OperationHook));
        return (_operationResult, error);
    }

    /// <summary><c>relation_created</c>: the relation appears in the side's model, then relation-created and relation-joined run.</summary>
    public Exception? RelationCreated(string side, int relationId)
    {
        var model = Model(side);
        model.AddRelation(relationId);
        var remote = model.Remote(relationId);
        var endpoint = model.Side.Endpoint;
        return Run(side, Hooks.Relation("created", endpoint, relationId, remote.App))
            ?? Run(side, Hooks.Relation("joined", endpoint, relationId, remote.App, remote.Unit));
    }

    /// <summary><c>relation_removed</c>: relation-departed and relation-broken run while the relation is readable, then it leaves the side's model.</summary>
    public Exception? RelationRemoved(string side, int relationId)
    {
        var model = Model(side);
        var remote = model.Remote(relationId);
        var endpoint = model.Side.Endpoint;
        var error = Run(side, Hooks.Relation("departed", endpoint, relationId, remote.App, remote.Unit))
            ?? Run(side, Hooks.Relation("broken", endpoint, relationId, remote.App));
        model.RemoveRelation(relationId);
        return error;
    }

    /// <summary><c>sync</c> from one side to another; the first hook error of the receiving side, if any.</summary>
    public Exception? Sync(string from, string to, int relationId)
    {
        Exception? error = null;
        ScenarioBridge.Sync(Model(from), Model(to), relationId, hook => (error = Run(to, hook)) is null);
        return error;
    }

    /// <summary><c>raw_update</c>: edits the side's own databag from outside any hook.</summary>
    public void RawUpdate(string side, int relationId, string bag, JsonElement data)
    {
        var model = Model(side);
        var changes = data.EnumerateObject().ToDictionary(p => p.Name, p => Translate(p.Value.GetString()!));
        model.Juju.UpdateDatabag(relationId, bag == "app" ? model.Side.App : model.Side.Unit, changes);
    }

    /// <summary>Sets a played-back side's model to its recorded state; its secrets keep their recorded ids.</summary>
    public void Play(string side, JsonElement recordedState)
    {
        foreach (var secret in recordedState.GetProperty("secrets_owned").EnumerateArray())
        {
            var id = secret.GetProperty("id").GetString()!;
            Comparer.Bind(id, id, $"played-back {side} secret");
        }
        SidePlayback.Play(Model(side), recordedState, Translate);
    }

    private Exception? Run(string side, HookContext hook)
    {
        var model = Model(side);
        Events.HookStarted(side, hook, recorded: hook.Name != OperationHook);
        try
        {
            return model.Juju.RunHook(model.Side.Unit, hook).Error;
        }
        finally
        {
            Events.HookEnded(side);
        }
    }

    // Recorded secret ids as the ids they stand for here.
    private string Translate(string text) =>
        SecretIdPattern().Replace(text, m => Comparer.OursFor(m.Value) ?? m.Value);

    [GeneratedRegex(@"secret:[0-9A-Za-z]+")]
    private static partial Regex SecretIdPattern();
}
