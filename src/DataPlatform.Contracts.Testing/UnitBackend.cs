using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Testing.State;

namespace DataPlatform.Contracts.Testing;

/// <summary>
/// <see cref="IJujuBackend"/> for one unit during one hook of an <see cref="InMemoryJuju"/>. It
/// works on a private copy of the committed model (<see cref="Working"/>), so reads see the unit's
/// own pending writes; the copy replaces the committed model only when the hook succeeds. The
/// secrets of the copy are changed in place during the hook (a builder), so a hook that writes N
/// secrets copies no more of the model than one that writes one (docs/hook-cost.md).
/// This part holds leadership, relations and logging; <c>UnitBackend.Secrets.cs</c> the secrets,
/// <c>UnitBackend.Workload.cs</c> status, config and actions.
/// </summary>
internal sealed partial class UnitBackend : IJujuBackend, IHookCommit, ISecretLookup
{
    private readonly List<LogLine> _logs = new();
    private readonly List<JujuException> _commitFailures = new();

    private readonly Action<LogLine>? _onLog;

    private Action<UnitBackend>? _onFlush;

    public UnitBackend(ModelState committed, string unitName, HookContext hook, ActionRun? action = null, Action<LogLine>? onLog = null, Action<UnitBackend>? onFlush = null)
    {
        _onFlush = onFlush;
        _state = committed;
        Action = action;
        _onLog = onLog;
        UnitName = unitName;
        AppName = committed.AppOfUnit(unitName)?.Name ?? throw new ArgumentException($"no unit {unitName}", nameof(unitName));
        Hook = hook;
    }

    // The model with this hook's pending writes, apart from the secrets while _secretWrites holds them.
    private ModelState _state;

    /// <summary>The model with this hook's pending writes.</summary>
    public ModelState Working
    {
        get
        {
            // The builder hands back the same map until it is changed again, so an unchanged hook folds nothing.
            if (_secretWrites?.ToImmutable() is { } secrets && !ReferenceEquals(_state.Secrets, secrets)) _state = _state with { Secrets = secrets };
            return _state;
        }
    }

    /// <summary>The lines logged so far.</summary>
    public IReadOnlyList<LogLine> Logs => _logs;

    /// <summary>Errors that Juju only reports when it commits the hook's changes (docs/hook-tools.md#commit).</summary>
    public IReadOnlyList<JujuException> CommitFailures => _commitFailures;

    public string UnitName { get; }

    public string AppName { get; }

    public HookContext Hook { get; }

    public bool IsLeader() => _state.Apps[AppName].Leader == UnitName;

    public IReadOnlyList<int> RelationIds(string endpoint) =>
        _state.Relations.Values.Where(r => r.Involves(AppName) && r.EndpointOf(AppName) == endpoint).Select(r => r.Id).ToArray();

    public IReadOnlyList<string> RelationUnits(int relationId)
    {
        var relation = Relation("relation-list", relationId);
        var units = _state.Apps[relation.OtherApp(AppName)].Units;
        return relation.IsPeer ? units.Where(u => u != UnitName).ToArray() : units.ToArray();
    }

    public string RemoteApp(int relationId) => Relation("relation-list", relationId).OtherApp(AppName);

    public IReadOnlyDictionary<string, string> RelationGet(int relationId, string member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var relation = Relation("relation-get", relationId);
        var memberApp = member.Contains('/') ? _state.AppOfUnit(member)?.Name : member;
        if (memberApp is null || !relation.Involves(memberApp))
        {
            throw new JujuException("relation-get", $"cannot read settings for {member} in relation {relationId}: settings not found");
        }

        if (member == AppName && !relation.IsPeer && !IsLeader())
        {
            throw new RelationAccessDeniedException("relation-get", relationId, member);
        }

        return relation.BagOf(member);
    }

    public void RelationSet(int relationId, IReadOnlyDictionary<string, string> changes, bool app)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var relation = Relation("relation-set", relationId);
        if (app && !IsLeader()) throw new NotLeaderException("relation-set", "cannot write relation settings");
        var member = app ? AppName : UnitName;
        _state = _state.With(relation.WithBag(member, Bag.Merge(relation.BagOf(member), changes)));
    }

    public void Log(JujuLogLevel level, string message)
    {
        var line = new LogLine(UnitName, level, message);
        _logs.Add(line);
        _onLog?.Invoke(line);
    }

    /// <summary>Commits the hook through the callback given (once); a backend of <see cref="HookRunner"/> has none.</summary>
    public void Flush()
    {
        var onFlush = _onFlush ?? throw new InvalidOperationException("this hook was already committed, or is committed by its runner");
        _onFlush = null;
        onFlush(this);
    }

    private RelationRecord Relation(string tool, int relationId) =>
        _state.Relations.TryGetValue(relationId, out var relation) && relation.Involves(AppName)
            ? relation
            : throw new RelationNotFoundException(tool, relationId);
}
