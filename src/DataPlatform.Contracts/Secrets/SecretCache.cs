using System.Collections.ObjectModel;

namespace DataPlatform.Contracts.Secrets;

/// <summary>
/// The secrets one repository has seen in the current operation, keyed by label, with the
/// reference's <c>CachedSecret</c> rules (docs/protocol/secrets.md#cache): a lookup goes by label, then by URI
/// (which attaches the label); identical content is not rewritten; empty content removes the secret.
/// </summary>
internal sealed class SecretCache
{
    private readonly ISecretStore _store;
    private readonly Dictionary<string, StoredSecret> _entries = new(StringComparer.Ordinal);

    public SecretCache(ISecretStore store) => _store = store ?? throw new ArgumentNullException(nameof(store));

    /// <summary>The secret labelled <paramref name="label"/>, else the one <paramref name="uri"/> names, else null.</summary>
    public StoredSecret? Get(string label, string? uri)
    {
        if (_entries.TryGetValue(label, out var cached)) return cached;
        var snapshot = _store.GetByLabel(label);
        if (snapshot is null && uri is not null) snapshot = _store.GetById(uri, label);
        if (snapshot is null) return null;
        // A consumer that found the secret by its label may not learn the id from Juju.
        var id = snapshot.Id.Length > 0 ? snapshot.Id : uri ?? "";
        return Remember(label, id, Freeze(snapshot.Content));
    }

    /// <summary>Creates a secret labelled <paramref name="label"/>.</summary>
    /// <exception cref="InvalidOperationException">This repository already holds a secret with that label.</exception>
    public StoredSecret Add(string label, IReadOnlyDictionary<string, string> content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (_entries.ContainsKey(label)) throw new InvalidOperationException($"A secret labelled '{label}' already exists.");
        var frozen = Freeze(content);
        var snapshot = _store.Add(label, frozen);
        return Remember(label, snapshot.Id, frozen);
    }

    /// <summary>Writes a new revision unless the content is unchanged; empty content removes the secret.</summary>
    public void SetContent(StoredSecret secret, IReadOnlyDictionary<string, string> content)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(content);
        if (content.Count == 0)
        {
            Remove(secret);
            return;
        }
        var current = _entries.TryGetValue(secret.Label, out var cached) && cached.Id == secret.Id ? cached.Content : secret.Content;
        if (SameContent(current, content)) return;
        var frozen = Freeze(content);
        _store.SetContent(secret.Id, frozen);
        Remember(secret.Label, secret.Id, frozen);
    }

    /// <summary>Removes the secret from the store and forgets it.</summary>
    public void Remove(StoredSecret secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        _store.Remove(secret.Id);
        _entries.Remove(secret.Label);
    }

    private StoredSecret Remember(string label, string id, ReadOnlyDictionary<string, string> content)
    {
        var secret = new StoredSecret(id, label, content);
        _entries[label] = secret;
        return secret;
    }

    private static ReadOnlyDictionary<string, string> Freeze(IReadOnlyDictionary<string, string> content) =>
        new(new Dictionary<string, string>(content, StringComparer.Ordinal));

    private static bool SameContent(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b)
    {
        if (a.Count != b.Count) return false;
        foreach (var entry in a)
        {
            if (!b.TryGetValue(entry.Key, out var other) || !string.Equals(entry.Value, other, StringComparison.Ordinal)) return false;
        }
        return true;
    }
}
