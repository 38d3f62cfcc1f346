using System.Collections.Immutable;
using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Testing.State;

namespace DataPlatform.Contracts.Testing;

/// <summary>
/// An in-memory Juju model for charm tests: deploy charms, relate them, run hooks on units. Every
/// hook's writes are buffered and committed only when the hook succeeds. Use
/// <see cref="RelationSimulator"/> to deliver the hooks Juju would run when the other side changes.
/// This part holds the model's setup; <c>InMemoryJuju.Inspection.cs</c> the read-back helpers.
/// </summary>
public sealed partial class InMemoryJuju
{
    private readonly List<HookRun> _history = new();
    private readonly Dictionary<string, List<LogLine>> _logs = new(StringComparer.Ordinal);
    private readonly int _firstSecretNumber = 1;

    internal ModelState State { get; private set; } = ModelState.Empty;

    /// <summary>Every hook run so far, oldest first.</summary>
    public IReadOnlyList<HookRun> History => _history;

    /// <summary>Raised after every hook and action, once its writes are committed or discarded, so a test can inspect the model hook by hook.</summary>
    public event Action<HookRun>? HookRan;

    /// <summary>
    /// Deploys <paramref name="appName"/> with <paramref name="units"/> units (<c>&lt;app&gt;/0</c>
    /// ...; unit 0 leads). <paramref name="charm"/> builds the charm on each hook's host and
    /// registers its observers there.
    /// </summary>
    public AppHandle Deploy(string appName, CharmMetadata metadata, Func<CharmHost, object> charm, int units = 1)
    {
        ArgumentException.ThrowIfNullOrEmpty(appName);
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(charm);
        if (appName.Contains('/')) throw new ArgumentException("an application name has no '/'", nameof(appName));
        if (State.Apps.ContainsKey(appName)) throw new InvalidOperationException($"{appName} is already deployed");
        ArgumentOutOfRangeException.ThrowIfLessThan(units, 1);
        var names = Enumerable.Range(0, units).Select(n => $"{appName}/{n}").ToImmutableArray();
        State = State with { Apps = State.Apps.Add(appName, new AppRecord(appName, metadata, charm, names, names[0])) };
        return new AppHandle(this, appName, names);
    }

    /// <summary>
    /// The number of this model's first secret id (default 1: <c>secret:0001</c>). Two models that
    /// exchange secrets, as the conformance bridge's per-side models do, need disjoint id ranges.
    /// </summary>
    public int FirstSecretNumber
    {
        get => _firstSecretNumber;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _firstSecretNumber = value;
            State = State with { NextSecretNumber = value };
        }
    }

    /// <summary>Leaves <paramref name="appName"/> without a leader, so that no unit of it is leader (no hook is run).</summary>
    public void ClearLeader(string appName)
    {
        if (!State.Apps.TryGetValue(appName, out var app)) throw new ArgumentException($"{appName} is not deployed", nameof(appName));
        State = State with { Apps = State.Apps.SetItem(app.Name, app with { Leader = null }) };
    }

    /// <summary>Makes <paramref name="unitName"/> its application's leader (no hook is run).</summary>
    public void SetLeader(string unitName)
    {
        var app = State.AppOfUnit(unitName) ?? throw new ArgumentException($"no unit {unitName}", nameof(unitName));
        State = State with { Apps = State.Apps.SetItem(app.Name, app with { Leader = unitName }) };
    }

    /// <summary>
    /// Relates <paramref name="appA"/>'s <paramref name="endpointA"/> to <paramref name="appB"/>'s
    /// <paramref name="endpointB"/> (one provides, the other requires, same interface) and returns
    /// the relation id, the same on both sides. Runs no hook: see <see cref="RelationSimulator.Integrate"/>.
    /// </summary>
    public int Relate(string appA, string endpointA, string appB, string endpointB)
    {
        var a = App(appA, endpointA);
        var b = App(appB, endpointB);
        if (appA == appB) throw new InvalidOperationException("use AddPeerRelation to relate an application to itself");
        var provides = a.Metadata.Provides.FirstOrDefault(e => e.Name == endpointA) ?? b.Metadata.Provides.FirstOrDefault(e => e.Name == endpointB);
        var requires = a.Metadata.Requires.FirstOrDefault(e => e.Name == endpointA) ?? b.Metadata.Requires.FirstOrDefault(e => e.Name == endpointB);
        if (provides is null || requires is null || provides.Interface != requires.Interface)
        {
            throw new InvalidOperationException($"{appA}:{endpointA} and {appB}:{endpointB} are not a provides/requires pair of one interface");
        }

        return AddRelation(appA, endpointA, appB, endpointB, isPeer: false);
    }

    /// <summary>
    /// Like <see cref="Relate(string, string, string, string)"/>, with the relation id chosen by the
    /// caller: a model bridged to another uses the other's id, as both ends of a Juju relation do.
    /// </summary>
    public int Relate(string appA, string endpointA, string appB, string endpointB, int relationId)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(relationId);
        if (State.Relations.ContainsKey(relationId)) throw new InvalidOperationException($"relation {relationId} already exists");
        var next = State.NextRelationId;
        State = State with { NextRelationId = relationId };
        try
        {
            Relate(appA, endpointA, appB, endpointB);
        }
        catch
        {
            State = State with { NextRelationId = next };
            throw;
        }

        State = State with { NextRelationId = Math.Max(next, relationId + 1) };
        return relationId;
    }

    /// <summary>Creates the peer relation of <paramref name="app"/> on <paramref name="endpoint"/> and returns its id.</summary>
    public int AddPeerRelation(string app, string endpoint)
    {
        var record = App(app, endpoint);
        if (!record.Metadata.IsPeer(endpoint)) throw new InvalidOperationException($"{app}:{endpoint} is not a peer endpoint");
        return AddRelation(app, endpoint, app, endpoint, isPeer: true);
    }

    /// <summary>Removes the relation, its databags and every secret grant made on it (no hook is run).</summary>
    public void RemoveRelation(int relationId)
    {
        if (!State.Relations.ContainsKey(relationId)) throw new ArgumentException($"no relation {relationId}", nameof(relationId));
        var secrets = State.Secrets.Values
            .Where(s => s.Grants.ContainsKey(relationId))
            .Select(s => s with { Grants = s.Grants.Remove(relationId) });
        State = State with
        {
            Relations = State.Relations.Remove(relationId),
            Secrets = State.Secrets.SetItems(secrets.Select(s => KeyValuePair.Create(s.Id, s))),
        };
    }

    /// <summary>
    /// Edits a committed databag from outside any hook (like Harness' <c>update_relation_data</c>
    /// or the conformance <c>raw_update</c> op): merges <paramref name="changes"/>, <c>""</c>
    /// deleting a key. Runs no hook; a later <see cref="RelationSimulator.Sync"/> delivers it.
    /// </summary>
    public void UpdateDatabag(int relationId, string appOrUnit, IReadOnlyDictionary<string, string> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var relation = RelationRecord(relationId);
        var app = appOrUnit.Contains('/') ? State.AppOfUnit(appOrUnit)?.Name : appOrUnit;
        if (app is null || !relation.Involves(app)) throw new ArgumentException($"{appOrUnit} is not in relation {relationId}", nameof(appOrUnit));
        State = State.With(relation.WithBag(appOrUnit, Bag.Merge(relation.BagOf(appOrUnit), changes)));
    }

    /// <summary>
    /// Runs <paramref name="hook"/> on <paramref name="unitName"/>: builds the unit's backend and
    /// <see cref="CharmHost"/>, the charm, dispatches; commits the writes if nothing failed.
    /// </summary>
    public HookResult RunHook(string unitName, HookContext hook)
    {
        ArgumentNullException.ThrowIfNull(hook);
        if (hook.IsAction) throw new ArgumentException("run actions with RunAction, which checks their parameters", nameof(hook));
        var (state, result) = HookRunner.Run(State, unitName, hook);
        Record(unitName, hook, state, result);
        return result;
    }

    private AppRecord App(string app, string endpoint)
    {
        if (!State.Apps.TryGetValue(app, out var record)) throw new ArgumentException($"{app} is not deployed", nameof(app));
        var declared = record.Metadata.Endpoint(endpoint) ?? throw new ArgumentException($"{app} has no endpoint {endpoint}", nameof(endpoint));
        var used = State.Relations.Values.Count(r => r.Involves(app) && r.EndpointOf(app) == endpoint);
        if (declared.Limit is { } limit && used >= limit) throw new InvalidOperationException($"{app}:{endpoint} is limited to {limit} relation(s)");
        return record;
    }

    private int AddRelation(string appA, string endpointA, string appB, string endpointB, bool isPeer)
    {
        var id = State.NextRelationId;
        var bags = ImmutableSortedDictionary.Create<string, ImmutableSortedDictionary<string, string>>(StringComparer.Ordinal);
        State = State.With(new RelationRecord(id, appA, endpointA, appB, endpointB, isPeer, bags)) with { NextRelationId = id + 1 };
        return id;
    }
}
