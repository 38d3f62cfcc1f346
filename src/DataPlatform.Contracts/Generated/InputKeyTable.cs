using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Generated;

/// <summary>
/// Finds which member an input key supplies, and with which rank (aliases first), by comparing
/// the reader's UTF-8 bytes, as System.Text.Json matches property names: no UTF-16 copy per key
/// (docs/hook-cost.md). Objects usually list their keys in the order they are written, so the
/// written member after the one just read is tried first. A key two members could claim goes to
/// the first one, as declared.
/// </summary>
internal sealed class InputKeyTable
{
    private readonly Entry[][] _byLength;
    private readonly Dictionary<string, Entry> _byText = new(StringComparer.Ordinal);

    // For each member index + 1 (0: none read yet), the entry of the wire name written after it.
    private readonly Entry?[] _following;

    public InputKeyTable(IReadOnlyList<ModelMember> members)
    {
        var entries = new List<Entry>();
        foreach (var member in members)
        {
            for (var rank = 0; rank < member.InputKeys.Count; rank++)
            {
                var key = member.InputKeys[rank];
                if (_byText.ContainsKey(key)) continue;
                var entry = new Entry(Encoding.UTF8.GetBytes(key), member.Index, rank);
                _byText.Add(key, entry);
                entries.Add(entry);
            }
        }
        _following = new Entry?[members.Count + 1];
        Entry? next = null;
        for (var i = members.Count - 1; i >= -1; i--)
        {
            _following[i + 1] = next;
            if (i >= 0 && members[i].IsWritten && _byText.TryGetValue(members[i].WireName, out var own) && own.Member == i) next = own;
        }
        var longest = entries.Count == 0 ? 0 : entries.Max(e => e.Length);
        _byLength = new Entry[longest + 1][];
        for (var length = 0; length <= longest; length++) _byLength[length] = entries.Where(e => e.Length == length).ToArray();
    }

    /// <summary>The member (or -1) and rank of the property name <paramref name="reader"/> is on.</summary>
    /// <param name="reader">On a property name.</param>
    /// <param name="previous">The member the previous key supplied, or -1.</param>
    /// <param name="rank">The rank of the key among the member's input keys.</param>
    public int Match(in Utf8JsonReader reader, int previous, out int rank)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence) return Match(WireJsonReader.GetString(in reader), out rank);
        var name = reader.ValueSpan;
        var head = Head(name);
        if (_following[previous + 1] is { } expected && expected.Is(name, head))
        {
            rank = expected.Rank;
            return expected.Member;
        }
        if (name.Length < _byLength.Length)
        {
            foreach (var entry in _byLength[name.Length])
            {
                if (entry.Is(name, head))
                {
                    rank = entry.Rank;
                    return entry.Member;
                }
            }
        }
        rank = 0;
        return -1;
    }

    /// <summary>The member (or -1) and rank of a databag key.</summary>
    public int Match(string key, out int rank)
    {
        if (_byText.TryGetValue(key, out var entry))
        {
            rank = entry.Rank;
            return entry.Member;
        }
        rank = 0;
        return -1;
    }

    // The first eight bytes of a name, read as one number, so most keys that differ do so in one
    // compare; the rest, and the length, are compared only when these agree.
    private static ulong Head(ReadOnlySpan<byte> name)
    {
        if (name.Length >= sizeof(ulong)) return BinaryPrimitives.ReadUInt64LittleEndian(name);
        ulong head = 0;
        for (var i = name.Length - 1; i >= 0; i--) head = (head << 8) | name[i];
        return head;
    }

    private sealed class Entry(byte[] utf8, int member, int rank)
    {
        private readonly ulong _head = Head(utf8);
        private readonly byte[] _utf8 = utf8;

        public int Length => _utf8.Length;
        public int Member { get; } = member;
        public int Rank { get; } = rank;

        public bool Is(ReadOnlySpan<byte> name, ulong head) =>
            head == _head && name.Length == _utf8.Length && (name.Length <= sizeof(ulong) || name[sizeof(ulong)..].SequenceEqual(_utf8.AsSpan(sizeof(ulong))));
    }
}
