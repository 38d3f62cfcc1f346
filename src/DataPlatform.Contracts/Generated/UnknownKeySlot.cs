using System.ComponentModel;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Generated;

/// <summary>
/// Where a generated model keeps the keys it does not declare: nothing until the first one, since
/// most models carry none and a model is read per request (docs/hook-cost.md). Compared by content,
/// with no object the same as an empty one, so records with the same unknown keys stay equal.
/// Used by generated code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public struct UnknownKeySlot : IEquatable<UnknownKeySlot>
{
    private WireObject? _keys;

    /// <summary>The keys, created on first use.</summary>
    public WireObject Value => _keys ??= new WireObject();

    /// <summary>Number of keys held.</summary>
    public readonly int Count => _keys?.Count ?? 0;

    /// <summary>Whether <paramref name="key"/> is held.</summary>
    public readonly bool ContainsKey(string key) => _keys is not null && _keys.ContainsKey(key);

    /// <summary>The keys held, in order; none without creating anything.</summary>
    public readonly IEnumerable<KeyValuePair<string, WireValue>> Members =>
        _keys ?? (IEnumerable<KeyValuePair<string, WireValue>>)Array.Empty<KeyValuePair<string, WireValue>>();

    /// <summary>Same keys with equal values, order ignored; none equals empty.</summary>
    public readonly bool Equals(UnknownKeySlot other) => Count == 0 ? other.Count == 0 : _keys!.Equals(other._keys);

    /// <inheritdoc/>
    public override readonly bool Equals(object? obj) => obj is UnknownKeySlot other && Equals(other);

    /// <inheritdoc/>
    public override readonly int GetHashCode() => Count;

    /// <summary>Equality by content.</summary>
    public static bool operator ==(UnknownKeySlot left, UnknownKeySlot right) => left.Equals(right);

    /// <summary>Inequality by content.</summary>
    public static bool operator !=(UnknownKeySlot left, UnknownKeySlot right) => !left.Equals(right);
}
