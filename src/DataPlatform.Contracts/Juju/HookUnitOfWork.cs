using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Juju;

/// <summary>
/// The backend a <see cref="Charms.CharmHost"/> gives its charm: the unit's backend with a per-hook
/// unit of work in front of its databags (docs/hook-cost.md). Each databag is read once; the hook's
/// writes change the held view at once, so every later read in the hook sees them, and reach the
/// backend as one <see cref="IJujuBackend.RelationSet"/> per changed bag when the dispatch ends
/// well; a failed dispatch sends nothing. Everything else goes straight to the backend.
/// </summary>
/// <remarks>
/// Outside a dispatch (<see cref="Begin"/> .. <see cref="Commit"/>) every write is sent at once, as
/// before. The first write to a bag is shown to the backend at once with no changes, so a follower
/// writing its application bag or a vanished relation fail where they are written. Not thread-safe.
/// </remarks>
internal sealed partial class HookUnitOfWork : IJujuBackend, ISecretLookup
{
    private static readonly IReadOnlyDictionary<string, string> NoChanges = new Dictionary<string, string>(StringComparer.Ordinal);

    private readonly IJujuBackend _inner;
    private readonly Dictionary<(int Relation, string Member), HookBag> _bags = new();
    private readonly List<HookBag> _written = new();
    private readonly Dictionary<string, IReadOnlyList<int>> _relationIds = new(StringComparer.Ordinal);
    private bool _holding;

    public HookUnitOfWork(IJujuBackend inner) => _inner = inner ?? throw new ArgumentNullException(nameof(inner));

    public string UnitName => _inner.UnitName;

    public string AppName => _inner.AppName;

    public HookContext Hook => _inner.Hook;

    /// <summary>Starts holding writes until <see cref="Commit"/>.</summary>
    public void Begin() => _holding = true;

    /// <summary>Sends what the hook wrote, one write per changed bag, and stops holding.</summary>
    public void Commit()
    {
        Flush();
        _holding = false;
    }

    /// <summary>Forgets every write and everything read (the hook failed): nothing is sent.</summary>
    public void Discard()
    {
        _bags.Clear();
        _written.Clear();
        _secrets.Clear();
        _holding = false;
    }

    public bool IsLeader() => _inner.IsLeader();

    // Relations do not come or go while a hook runs (docs/hook-tools.md#commit).
    public IReadOnlyList<int> RelationIds(string endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (_relationIds.TryGetValue(endpoint, out var known)) return known;
        return _relationIds[endpoint] = _inner.RelationIds(endpoint);
    }

    public IReadOnlyList<string> RelationUnits(int relationId) => _inner.RelationUnits(relationId);

    public string RemoteApp(int relationId) => _inner.RemoteApp(relationId);

    /// <summary>A copy of the bag as the hook sees it (its own writes included).</summary>
    public IReadOnlyDictionary<string, string> RelationGet(int relationId, string member) => View(relationId, member).Clone();

    public void RelationSet(int relationId, IReadOnlyDictionary<string, string> changes, bool app)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var bag = Writable(relationId, app);
        foreach (var (key, value) in changes)
        {
            if (value is null) throw new ArgumentException($"null value for key {key} of relation {relationId}", nameof(changes));
            // A raw write of a decoded key replaces what was decoded.
            if (key == WireKeys.Data) (bag.Memory, bag.MemoryText) = (null, null);
            if (key is WireKeys.Requests or WireKeys.Version) bag.Responses = null;
            Put(bag, key, value);
        }
        Written(bag);
    }

    /// <summary>
    /// The hook's view of a bag, decoded keys written out; the live object, for this library's own
    /// reads that neither keep nor change it.
    /// </summary>
    public Databag View(int relationId, string member)
    {
        var bag = Bag(relationId, member);
        Materialize(bag);
        return bag.View!;
    }

    /// <summary>One key of a bag as the hook sees it, without writing out decoded keys it does not need.</summary>
    public string? Value(int relationId, string member, string key)
    {
        var bag = Bag(relationId, member);
        if ((key == WireKeys.Data && bag.MemoryDirty) || (key is WireKeys.Requests or WireKeys.Version && bag.ResponsesDirty)) Materialize(bag);
        return bag.View!.Get(key);
    }

    /// <summary>Sends the held writes: one <see cref="IJujuBackend.RelationSet"/> per bag whose content changed, in first-written order.</summary>
    public void Flush()
    {
        foreach (var bag in _written)
        {
            Materialize(bag);
            var changes = bag.Read is { } read
                ? bag.Pending.Where(c => c.Value.Length == 0 ? read.ContainsKey(c.Key) : !(read.TryGetValue(c.Key, out var old) && old == c.Value))
                    .ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal)
                : new Dictionary<string, string>(bag.Pending, StringComparer.Ordinal);
            if (changes.Count > 0) _inner.RelationSet(bag.RelationId, changes, bag.App);
            bag.Pending.Clear();
            bag.Dirty = false;
            if (bag.View is not null) bag.Read = bag.View.Clone();
        }
        _written.Clear();
    }

    /// <summary>The bag, read from the backend on first use (errors are the backend's, and nothing is kept).</summary>
    private HookBag Bag(int relationId, string member)
    {
        ArgumentNullException.ThrowIfNull(member);
        if (_bags.TryGetValue((relationId, member), out var bag) && bag.View is not null) return bag;
        var read = _inner.RelationGet(relationId, member);
        bag ??= _bags[(relationId, member)] = new HookBag(relationId, member, member == AppName);
        bag.Read = read;
        bag.View = new Databag(read);
        foreach (var (key, value) in bag.Pending) bag.View[key] = value;
        return bag;
    }

    /// <summary>This unit's (or app's) bag, checked with the backend at the hook's first write to it.</summary>
    private HookBag Writable(int relationId, bool app)
    {
        var member = app ? AppName : UnitName;
        if (!_bags.TryGetValue((relationId, member), out var bag)) bag = new HookBag(relationId, member, app);
        if (!bag.Writable)
        {
            _inner.RelationSet(relationId, NoChanges, app);
            bag.Writable = true;
            _bags[(relationId, member)] = bag;
        }
        return bag;
    }

    private static void Put(HookBag bag, string key, string value)
    {
        bag.Pending[key] = value;
        if (bag.View is not null) bag.View[key] = value;
    }

    /// <summary>Notes that the bag changed; outside a dispatch, sends it at once.</summary>
    private void Written(HookBag bag)
    {
        if (!bag.Dirty)
        {
            bag.Dirty = true;
            _written.Add(bag);
        }
        if (!_holding) Flush();
    }

    /// <summary>Writes the decoded keys that changed back into the bag's text.</summary>
    private static void Materialize(HookBag bag)
    {
        if (bag.MemoryDirty)
        {
            bag.MemoryDirty = false;
            Put(bag, WireKeys.Data, PythonJson.Serialize(WireValue.FromObject(bag.Memory!)));
        }
        if (bag.ResponsesDirty)
        {
            bag.ResponsesDirty = false;
            var scratch = new Databag();
            bag.Responses!.WriteInto(scratch);
            foreach (var (key, value) in scratch) Put(bag, key, value);
        }
    }

    public string SecretAdd(IReadOnlyDictionary<string, string> content, string? label, SecretOwner owner) => _inner.SecretAdd(content, label, owner);

    public IReadOnlyDictionary<string, string> SecretGet(string? id, string? label, SecretRead mode) => _inner.SecretGet(id, label, mode);

    public SecretInfo SecretInfoGet(string? id, string? label) => _inner.SecretInfoGet(id, label);

    public bool TrySecretInfoGet(string? id, string? label, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SecretInfo? info)
    {
        if (_inner is ISecretLookup lookup) return lookup.TrySecretInfoGet(id, label, out info);
        try
        {
            info = _inner.SecretInfoGet(id, label);
            return true;
        }
        catch (SecretNotFoundException)
        {
            info = null;
            return false;
        }
    }

    public bool TrySecretGet(string? id, string? label, SecretRead mode, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IReadOnlyDictionary<string, string>? content)
    {
        if (_inner is ISecretLookup lookup) return lookup.TrySecretGet(id, label, mode, out content);
        try
        {
            content = _inner.SecretGet(id, label, mode);
            return true;
        }
        catch (SecretNotFoundException)
        {
            content = null;
            return false;
        }
    }

    public void SecretSet(string id, IReadOnlyDictionary<string, string> content) => _inner.SecretSet(id, content);

    public void SecretGrant(string id, int relationId) => _inner.SecretGrant(id, relationId);

    public void SecretRevoke(string id, int relationId) => _inner.SecretRevoke(id, relationId);

    public void SecretRemove(string id, int? revision) => _inner.SecretRemove(id, revision);

    public void Log(JujuLogLevel level, string message) => _inner.Log(level, message);

    public void StatusSet(WorkloadStatus status, string message, bool application) => _inner.StatusSet(status, message, application);

    public IReadOnlyDictionary<string, WireValue> ConfigGet() => _inner.ConfigGet();

    public IReadOnlyDictionary<string, WireValue> ActionGet() => _inner.ActionGet();

    public void ActionSet(IReadOnlyDictionary<string, string> results) => _inner.ActionSet(results);

    public void ActionFail(string message) => _inner.ActionFail(message);

    public void ActionLog(string message) => _inner.ActionLog(message);
}
