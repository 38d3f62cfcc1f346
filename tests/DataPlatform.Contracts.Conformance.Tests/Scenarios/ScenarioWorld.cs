using System.Text.Json;
using System.Text.RegularExpressions;
using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.Conformance.Tests.Comparison;
using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Testing;

namespace DataPlatform.Contracts.Conformance.Tests.Scenarios;

/// <summary>
/// The two charms of a scenario in an in-memory Juju: each side is either ours (our handler runs
/// its hooks) or played back (its databags and secrets are set to the recorded state at each step).
/// </summary>
public sealed partial class ScenarioWorld
{
    public const string OperationHook = "scenario-operation";

    private readonly Dictionary<string, ScenarioSide> _sides;
    private readonly HashSet<string> _ours;
    private readonly HashSet<string> _created = new();
    private readonly HashSet<string> _removed = new();
    private readonly Dictionary<string, string> _playedSecrets = new(StringComparer.Ordinal);
    private JsonElement _pendingAction;
    private JsonElement? _operationResult;

    public ScenarioWorld(JsonElement setup, IEnumerable<string> ours, VectorComparer comparer)
    {
        _sides = setup.EnumerateObject().Where(p => p.Name != "relations").ToDictionary(p => p.Name, p => new ScenarioSide(p.Name, p.Value));
        _ours = ours.ToHashSet();
        Comparer = comparer;
        Juju = new InMemoryJuju();
        Simulator = new RelationSimulator(Juju) { ThrowOnHookFailure = false };
        // Only the relation's shape matters here; scenarios with a V0 side may record no interface.
        var interfaceName = _sides.Values.Select(s => s.Setup.TryGetProperty("interface", out var i) ? i.GetString() : null).FirstOrDefault(i => i is not null) ?? "recorded_interface";
        foreach (var side in _sides.Values)
        {
            Juju.Deploy(side.App, side.Metadata(interfaceName), host => Charm(side, host));
        }
        var provider = _sides["provider"];
        var requirer = _sides["requirer"];
        foreach (var relation in setup.GetProperty("relations").EnumerateArray())
        {
            var id = Juju.Relate(requirer.App, requirer.Endpoint, provider.App, provider.Endpoint);
            Assert.Equal(relation.GetProperty("relation_id").GetInt32(), id);
        }
    }

    public InMemoryJuju Juju { get; }

    public RelationSimulator Simulator { get; }

    public VectorComparer Comparer { get; }

    public ScenarioEvents Events { get; } = new();

    public IReadOnlyCollection<string> Ours => _ours;

    public ScenarioSide Side(string name) => _sides[name];

    public bool IsOurs(string side) => _ours.Contains(side);

    public bool IsRemoved(string side) => _removed.Contains(side);

    /// <summary>Whether the side has seen the relation created and not yet removed.</summary>
    public bool HasRelation(string side) => _created.Contains(side) && !_removed.Contains(side);

    private object Charm(ScenarioSide side, CharmHost host)
    {
        if (!_ours.Contains(side.Role)) return new object();
        var charm = CharmsUnderTest.Create(side, host, Events);
        host.Observe(OperationHook, _ => _operationResult = charm.Run(_pendingAction));
        return charm;
    }

    /// <summary>Runs an API call of our charm inside a hook, so its writes commit like a hook's.</summary>
    public (JsonElement? Result, Exception? Error) Operate(string side, JsonElement action)
    {
        _pendingAction = action;
        _operationResult = null;
        var result = Juju.RunHook(_sides[side].Unit, new HookContext(OperationHook));
        return (_operationResult, result.Error);
    }

    public Exception? RelationCreated(string side, int relationId)
    {
        _created.Add(side);
        if (!_ours.Contains(side)) return null;
        var me = _sides[side];
        var other = _sides.Values.Single(s => s.Role != side);
        var created = Juju.RunHook(me.Unit, Hooks.Relation("created", me.Endpoint, relationId, other.App));
        var joined = Juju.RunHook(me.Unit, Hooks.Relation("joined", me.Endpoint, relationId, other.App, other.Unit));
        return created.Error ?? joined.Error;
    }

    public Exception? RelationRemoved(string side, int relationId)
    {
        var me = _sides[side];
        var other = _sides.Values.Single(s => s.Role != side);
        Exception? error = null;
        if (_ours.Contains(side))
        {
            error = Juju.RunHook(me.Unit, Hooks.Relation("departed", me.Endpoint, relationId, other.App, other.Unit)).Error
                ?? Juju.RunHook(me.Unit, Hooks.Relation("broken", me.Endpoint, relationId, other.App)).Error;
        }
        _removed.Add(side);
        if (_removed.Count == _sides.Count) Juju.RemoveRelation(relationId);
        return error;
    }

    public Exception? Sync(string from, string to, int relationId) =>
        Simulator.Sync(_sides[from].App, _sides[to].App, relationId).Select(r => r.Result.Error).FirstOrDefault(e => e is not null);

    public void RawUpdate(string side, int relationId, string bag, JsonElement data)
    {
        var me = _sides[side];
        var changes = data.EnumerateObject().ToDictionary(p => p.Name, p => Translate(p.Value.GetString()!));
        Juju.UpdateDatabag(relationId, bag == "app" ? me.App : me.Unit, changes);
    }

    /// <summary>Sets a played-back side's databags and owned secrets to the recorded state.</summary>
    public void Play(string side, JsonElement state)
    {
        var me = _sides[side];
        var recordedIds = state.GetProperty("secrets_owned").EnumerateArray().Select(s => s.GetProperty("id").GetString()!).ToHashSet();
        foreach (var (recorded, actual) in _playedSecrets.Where(p => !recordedIds.Contains(p.Key)).ToList())
        {
            Juju.RemoveSecret(actual);
            _playedSecrets.Remove(recorded);
        }
        foreach (var secret in state.GetProperty("secrets_owned").EnumerateArray())
        {
            var recorded = secret.GetProperty("id").GetString()!;
            var content = secret.GetProperty("content").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
            if (_playedSecrets.TryGetValue(recorded, out var actual))
            {
                Juju.SetSecretContent(actual, content);
                continue;
            }
            var grants = secret.GetProperty("granted").EnumerateObject().ToDictionary(p => int.Parse(p.Name), p => p.Value[0].GetString()!);
            actual = Juju.AddSecret(me.App, secret.GetProperty("label").GetString(), content, grants);
            _playedSecrets[recorded] = actual;
            Comparer.Bind(recorded, actual, $"{side} secret");
        }
        if (!HasRelation(side)) return;
        foreach (var relation in state.GetProperty("relations").EnumerateObject())
        {
            if (relation.Value.ValueKind == JsonValueKind.Null) continue;
            var id = int.Parse(relation.Name);
            SetBag(id, me.App, relation.Value.GetProperty("app"));
            SetBag(id, me.Unit, relation.Value.GetProperty("unit"));
        }
    }

    private void SetBag(int relationId, string member, JsonElement recorded)
    {
        var changes = Juju.Databag(relationId, member).Keys.ToDictionary(k => k, _ => "");
        foreach (var entry in recorded.EnumerateObject()) changes[entry.Name] = Translate(entry.Value.GetString()!);
        Juju.UpdateDatabag(relationId, member, changes);
    }

    // Recorded secret ids as the ids they stand for here.
    private string Translate(string text) =>
        SecretIdPattern().Replace(text, m => Comparer.OursFor(m.Value) ?? m.Value);

    [GeneratedRegex(@"secret:[0-9A-Za-z]+")]
    private static partial Regex SecretIdPattern();
}
