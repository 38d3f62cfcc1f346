using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace DataPlatform.Contracts.Generated;

/// <summary>
/// Which members of a model were explicitly set (by code or a read), one bit per member index.
/// Compared by content, so records stay equal; members past 64 copy their words on write, so a
/// record's <c>with</c> copy never shares them. Used by generated code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public struct MemberSet : IEquatable<MemberSet>
{
    private ulong _first;
    private ulong[]? _rest;

    // Both are inlined into every generated setter and rule check; members past 64 are rare.

    /// <summary>Marks member <paramref name="index"/> as set.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Mark(int index)
    {
        if (index < 64) _first |= 1UL << index;
        else MarkRest(index);
    }

    private void MarkRest(int index)
    {
        var word = (index - 64) >> 6;
        var rest = new ulong[Math.Max(word + 1, _rest?.Length ?? 0)];
        _rest?.CopyTo(rest, 0);
        rest[word] |= 1UL << (index & 63);
        _rest = rest;
    }

    /// <summary>Whether member <paramref name="index"/> was set.</summary>
    public readonly bool this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => index < 64 ? (_first & (1UL << index)) != 0 : IsSetPastFirst(index);
    }

    private readonly bool IsSetPastFirst(int index)
    {
        var word = (index - 64) >> 6;
        return _rest is not null && word < _rest.Length && (_rest[word] & (1UL << (index & 63))) != 0;
    }

    /// <inheritdoc/>
    public readonly bool Equals(MemberSet other) =>
        _first == other._first && (_rest ?? []).AsSpan().TrimEnd(0UL).SequenceEqual((other._rest ?? []).AsSpan().TrimEnd(0UL));

    /// <inheritdoc/>
    public override readonly bool Equals(object? obj) => obj is MemberSet other && Equals(other);

    /// <inheritdoc/>
    public override readonly int GetHashCode() => _first.GetHashCode();

    /// <summary>Equality by content.</summary>
    public static bool operator ==(MemberSet left, MemberSet right) => left.Equals(right);

    /// <summary>Inequality by content.</summary>
    public static bool operator !=(MemberSet left, MemberSet right) => !left.Equals(right);
}
