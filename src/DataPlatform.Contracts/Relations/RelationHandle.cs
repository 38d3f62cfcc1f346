using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Relations;

/// <summary>One relation as this unit sees it during the current hook: its databags and remote side.</summary>
public sealed class RelationHandle
{
    private readonly IJujuBackend _backend;

    internal RelationHandle(IJujuBackend backend, string name, int id)
    {
        _backend = backend;
        Name = name;
        Id = id;
    }

    /// <summary>The local endpoint name.</summary>
    public string Name { get; }

    /// <summary>The relation id (the same on both sides).</summary>
    public int Id { get; }

    /// <summary>The remote application.</summary>
    public string RemoteApp => _backend.RemoteApp(Id);

    /// <summary>The remote units.</summary>
    public IReadOnlyList<string> RemoteUnits => _backend.RelationUnits(Id);

    /// <summary>This application's databag (leader only, outside peer relations).</summary>
    public Databag LocalAppData() => new(_backend.RelationGet(Id, _backend.AppName));

    /// <summary>This unit's databag.</summary>
    public Databag LocalUnitData() => new(_backend.RelationGet(Id, _backend.UnitName));

    /// <summary>The remote application's databag.</summary>
    public Databag RemoteAppData() => new(_backend.RelationGet(Id, RemoteApp));

    /// <summary>A remote unit's databag.</summary>
    public Databag RemoteUnitData(string unit) => new(_backend.RelationGet(Id, unit));

    /// <summary>Makes this application's databag equal <paramref name="databag"/>, writing only what changed.</summary>
    public void WriteLocalApp(Databag databag) => Write(LocalAppData(), databag, app: true);

    /// <summary>Makes this unit's databag equal <paramref name="databag"/>, writing only what changed.</summary>
    public void WriteLocalUnit(Databag databag) => Write(LocalUnitData(), databag, app: false);

    /// <summary><c>endpoint:id</c>, as Juju names relations.</summary>
    public override string ToString() => $"{Name}:{Id}";

    private void Write(Databag before, Databag after, bool app)
    {
        var changes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in after)
        {
            if (!before.TryGetValue(entry.Key, out var old) || old != entry.Value) changes[entry.Key] = entry.Value;
        }
        foreach (var key in before.Keys)
        {
            if (!after.ContainsKey(key)) changes[key] = "";
        }
        if (changes.Count > 0) _backend.RelationSet(Id, changes, app);
    }
}
