using System.Globalization;
using DataPlatform.Contracts.Secrets;

namespace DataPlatform.Contracts.Tests.Secrets;

/// <summary>
/// Juju secrets as one unit sees them, in memory: ids <c>secret:0001</c>, ..., a revision count
/// per secret, owner labels (secrets this app added) and consumer labels (attached by GetById to
/// secrets owned by someone else), recorded grants, and ids this unit is denied.
/// </summary>
internal sealed class InMemorySecretStore : ISecretStore
{
    private readonly Dictionary<string, Entry> _secrets = new(StringComparer.Ordinal);
    private int _next;

    public List<(string Id, int RelationId)> Grants { get; } = new();

    public HashSet<string> Denied { get; } = new(StringComparer.Ordinal);

    public int GetByLabelCalls { get; private set; }

    public int GetByIdCalls { get; private set; }

    public IReadOnlyCollection<string> Ids => _secrets.Keys;

    /// <summary>A secret owned by the remote side, known here by no label yet.</summary>
    public string SeedForeign(IReadOnlyDictionary<string, string> content) => Create(ownerLabel: null, owned: false, content).Id;

    public bool Exists(string id) => _secrets.ContainsKey(id);

    public int Revision(string id) => _secrets[id].Revision;

    public IReadOnlyDictionary<string, string> Content(string id) => _secrets[id].Content;

    public string? OwnerLabel(string id) => _secrets[id].OwnerLabel;

    public string? ConsumerLabel(string id) => _secrets[id].ConsumerLabel;

    public SecretSnapshot? GetByLabel(string label)
    {
        GetByLabelCalls++;
        foreach (var entry in _secrets.Values)
        {
            if (entry.OwnerLabel == label || entry.ConsumerLabel == label) return entry.Snapshot();
        }
        return null;
    }

    public SecretSnapshot? GetById(string id, string label)
    {
        GetByIdCalls++;
        if (Denied.Contains(id)) throw new SecretAccessException(id, "permission denied");
        if (!_secrets.TryGetValue(id, out var entry)) return null;
        if (!entry.Owned) entry.ConsumerLabel = label;
        return entry.Snapshot();
    }

    public SecretSnapshot Add(string label, IReadOnlyDictionary<string, string> content)
    {
        foreach (var entry in _secrets.Values)
        {
            if (entry.OwnerLabel == label) throw new InvalidOperationException($"label {label} already used");
        }
        return Create(label, owned: true, content).Snapshot();
    }

    public void Grant(string id, int relationId)
    {
        if (!_secrets.ContainsKey(id)) throw new InvalidOperationException($"no secret {id}");
        Grants.Add((id, relationId));
    }

    public void SetContent(string id, IReadOnlyDictionary<string, string> content)
    {
        var entry = _secrets[id];
        entry.Content = Copy(content);
        entry.Revision++;
    }

    public void Remove(string id)
    {
        if (!_secrets.Remove(id)) throw new InvalidOperationException($"no secret {id}");
    }

    private Entry Create(string? ownerLabel, bool owned, IReadOnlyDictionary<string, string> content)
    {
        var id = "secret:" + (++_next).ToString("D4", CultureInfo.InvariantCulture);
        var entry = new Entry(id, owned) { OwnerLabel = ownerLabel, Content = Copy(content), Revision = 1 };
        _secrets.Add(id, entry);
        return entry;
    }

    private static Dictionary<string, string> Copy(IReadOnlyDictionary<string, string> content) =>
        new(content, StringComparer.Ordinal);

    private sealed class Entry(string id, bool owned)
    {
        public string Id { get; } = id;

        public bool Owned { get; } = owned;

        public string? OwnerLabel { get; init; }

        public string? ConsumerLabel { get; set; }

        public Dictionary<string, string> Content { get; set; } = new();

        public int Revision { get; set; }

        public SecretSnapshot Snapshot() => new(Id, Copy(Content));
    }
}
