using System.Collections;

namespace DataPlatform.Contracts.Wire;

/// <summary>
/// A Juju relation databag: a string-to-string map where setting a key to <c>""</c> (or
/// <see langword="null"/>) deletes it, as <c>relation-set key=</c> does.
/// </summary>
public sealed class Databag : IReadOnlyDictionary<string, string>, IEquatable<Databag>
{
    private readonly Dictionary<string, string> _entries;

    /// <summary>Creates an empty databag.</summary>
    public Databag() => _entries = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Creates a databag holding the non-empty entries of <paramref name="entries"/>.</summary>
    public Databag(IEnumerable<KeyValuePair<string, string>> entries) : this()
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var entry in entries) this[entry.Key] = entry.Value;
    }

    /// <summary>Number of keys.</summary>
    public int Count => _entries.Count;

    /// <summary>The keys.</summary>
    public IEnumerable<string> Keys => _entries.Keys;

    /// <summary>The values.</summary>
    public IEnumerable<string> Values => _entries.Values;

    /// <summary>The value of <paramref name="key"/>; setting <c>""</c> or null deletes the key.</summary>
    /// <exception cref="KeyNotFoundException">Reading a key that is absent; the message names it.</exception>
    [System.Diagnostics.CodeAnalysis.AllowNull]
    public string this[string key]
    {
        get => _entries.TryGetValue(key, out var value)
            ? value
            : throw new KeyNotFoundException($"The databag has no key '{key}'.");
        set
        {
            ArgumentNullException.ThrowIfNull(key);
            if (string.IsNullOrEmpty(value)) _entries.Remove(key);
            else _entries[key] = value;
        }
    }

    /// <summary>The value of <paramref name="key"/>, or null when it is absent.</summary>
    public string? Get(string key) => _entries.TryGetValue(key, out var value) ? value : null;

    /// <summary>Whether <paramref name="key"/> is present.</summary>
    public bool ContainsKey(string key) => _entries.ContainsKey(key);

    /// <summary>Looks up <paramref name="key"/>.</summary>
    public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out string value) =>
        _entries.TryGetValue(key, out value);

    /// <summary>Deletes <paramref name="key"/>; false when it was absent.</summary>
    public bool Remove(string key) => _entries.Remove(key);

    /// <summary>Deletes every key.</summary>
    public void Clear() => _entries.Clear();

    /// <summary>A copy that later changes to this databag do not affect.</summary>
    public Databag Clone() => new(_entries);

    /// <summary>Same keys with the same values, order ignored.</summary>
    public bool Equals(Databag? other)
    {
        if (other is null || other.Count != Count) return false;
        foreach (var entry in _entries)
        {
            if (!other._entries.TryGetValue(entry.Key, out var value) || !string.Equals(value, entry.Value, StringComparison.Ordinal)) return false;
        }
        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Databag other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Count;

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => _entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
