namespace DataPlatform.Contracts;

/// <summary>
/// Decides which input key a member is read from when several are present (aliases, wire name,
/// Python name): the best-ranked key wins and the others are kept as unknown keys, as pydantic's
/// alias choices do. Called by generated code.
/// </summary>
public static class KeyRanks
{
    /// <summary>The rank of a member that no key has supplied yet.</summary>
    public const byte None = byte.MaxValue;

    /// <summary>
    /// Whether the key of <paramref name="rank"/> supplies <paramref name="member"/>: true unless a
    /// better-ranked key already did. <paramref name="displaced"/> is the rank of a worse key this
    /// one replaces (whose value becomes an unknown key), or -1.
    /// </summary>
    public static bool Take(Span<byte> ranks, int member, int rank, out int displaced)
    {
        var held = ranks[member];
        displaced = -1;
        if (held != None && held < rank) return false;
        if (held != None && held != rank) displaced = held;
        ranks[member] = (byte)rank;
        return true;
    }
}
