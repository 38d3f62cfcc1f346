using System.Collections;

namespace DataPlatform.Contracts.Wire;

/// <summary>
/// A JSON object whose members keep their insertion order, like a Python <c>dict</c>: setting an
/// existing key replaces its value in place, so the key keeps its first position.
/// </summary>
public sealed class WireObject : IReadOnlyList<KeyValuePair<string, WireValue>>, IEquatable<WireObject>
{
    // Created on first use: most models carry no unknown keys, and an empty object costs one allocation.
    private List<KeyValuePair<string, WireValue>>? _members;

    // Only objects larger than IndexFrom members get a key index: a parsed databag holds thousands of
    // small objects (a response's compact dump has 10 to 20 keys), for which a scan of ordinal
    // compares, most settled by the length, is as fast, and a dictionary each would double the allocation.
    private Dictionary<string, int>? _index;
    private const int IndexFrom = 32;

    /// <summary>Creates an empty object.</summary>
    public WireObject()
    {
    }

    /// <summary>Creates an empty object with room for <paramref name="capacity"/> members.</summary>
    public WireObject(int capacity) => _members = new List<KeyValuePair<string, WireValue>>(capacity);

    private List<KeyValuePair<string, WireValue>> Members => _members ??= new List<KeyValuePair<string, WireValue>>();

    // The position of key, or -1.
    private int Find(string key)
    {
        if (_members is null) return -1;
        if (_index is not null) return _index.TryGetValue(key, out var found) ? found : -1;
        for (var i = 0; i < _members.Count; i++)
        {
            if (string.Equals(_members[i].Key, key, StringComparison.Ordinal)) return i;
        }
        return -1;
    }

    // The position of key, tried first at hint: two versions of an object that are compared or
    // diffed nearly always list their keys in the same order, so an unindexed lookup costs one compare.
    private int Find(string key, int hint)
    {
        if (_members is { } members && (uint)hint < (uint)members.Count && string.Equals(members[hint].Key, key, StringComparison.Ordinal)) return hint;
        return Find(key);
    }

    /// <summary>Looks up <paramref name="key"/>, trying position <paramref name="hint"/> first (the key's place in an object like this one).</summary>
    internal bool TryGetValue(string key, int hint, out WireValue value)
    {
        var i = Find(key, hint);
        value = i >= 0 ? _members![i].Value : WireValue.Null;
        return i >= 0;
    }

    /// <summary>Whether <paramref name="key"/> is present, trying position <paramref name="hint"/> first.</summary>
    internal bool ContainsKey(string key, int hint) => Find(key, hint) >= 0;

    /// <summary>Number of members.</summary>
    public int Count => _members?.Count ?? 0;

    /// <summary>The member at <paramref name="index"/> in insertion order.</summary>
    public KeyValuePair<string, WireValue> this[int index] => Members[index];

    /// <summary>The value of <paramref name="key"/>.</summary>
    /// <exception cref="KeyNotFoundException">The key is absent; the message names it.</exception>
    public WireValue this[string key]
    {
        get => Find(key) is var i and >= 0
            ? _members![i].Value
            : throw new KeyNotFoundException($"The JSON object has no key '{key}'.");
        set => Set(key, value);
    }

    /// <summary>The keys in insertion order.</summary>
    public IEnumerable<string> Keys
    {
        get
        {
            if (_members is null) yield break;
            foreach (var member in _members) yield return member.Key;
        }
    }

    /// <summary>Whether <paramref name="key"/> is present.</summary>
    public bool ContainsKey(string key) => Find(key) >= 0;

    /// <summary>Looks up <paramref name="key"/>.</summary>
    public bool TryGetValue(string key, out WireValue value)
    {
        var i = Find(key);
        if (i >= 0)
        {
            value = _members![i].Value;
            return true;
        }
        value = WireValue.Null;
        return false;
    }

    /// <summary>Adds <paramref name="key"/> at the end, or replaces its value where it stands.</summary>
    public void Set(string key, WireValue value)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        var i = Find(key);
        if (i >= 0)
        {
            _members![i] = new KeyValuePair<string, WireValue>(key, value);
            return;
        }
        Members.Add(new KeyValuePair<string, WireValue>(key, value));
        if (_index is not null)
        {
            _index.Add(key, _members!.Count - 1);
        }
        else if (_members!.Count > IndexFrom)
        {
            _index = new Dictionary<string, int>(_members.Count * 2, StringComparer.Ordinal);
            for (var j = 0; j < _members.Count; j++) _index.Add(_members[j].Key, j);
        }
    }

    /// <summary>Removes <paramref name="key"/>; later members move up one place.</summary>
    public bool Remove(string key)
    {
        var i = Find(key);
        if (i < 0) return false;
        _members!.RemoveAt(i);
        if (_index is null) return true;
        _index.Remove(key);
        for (var j = i; j < _members.Count; j++) _index[_members[j].Key] = j;
        return true;
    }

    /// <summary>Python dict equality: same keys, equal values, order ignored.</summary>
    public bool Equals(WireObject? other)
    {
        if (other is null || other.Count != Count) return false;
        if (_members is null) return true;
        for (var i = 0; i < _members.Count; i++)
        {
            var member = _members[i];
            if (!other.TryGetValue(member.Key, i, out var theirs) || !member.Value.Equals(theirs)) return false;
        }
        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is WireObject other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Count;

    /// <summary>The object as Python's <c>json.dumps</c> writes it.</summary>
    public override string ToString() => PythonJson.Serialize(WireValue.FromObject(this));

    /// <summary>The members in insertion order; a struct, so a <c>foreach</c> allocates nothing.</summary>
    public List<KeyValuePair<string, WireValue>>.Enumerator GetEnumerator() => (_members ?? NoMembers).GetEnumerator();

    IEnumerator<KeyValuePair<string, WireValue>> IEnumerable<KeyValuePair<string, WireValue>>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // Read only, never changed: what an object without members enumerates.
    private static readonly List<KeyValuePair<string, WireValue>> NoMembers = new(0);

    /// <summary>
    /// An object of <paramref name="members"/> in their order, made to their number; a repeated key
    /// keeps its first place and its last value, as <see cref="Set"/> and json.loads do.
    /// </summary>
    internal static WireObject Of(List<KeyValuePair<string, WireValue>> members)
    {
        var made = new WireObject(members.Count);
        foreach (var member in members) made.Set(member.Key, member.Value);
        return made;
    }
}
