using System.Text;
using System.Text.Json;

namespace DataPlatform.Contracts.Wire;

/// <summary>
/// The strings of the property names a thread has decoded recently, so that decoding a databag of
/// N objects with the same few keys (requests, the <c>data</c> memory) makes those key strings
/// once, not N times (docs/hook-cost.md). A direct-mapped table: a miss only costs the string.
/// </summary>
internal static class PropertyNameCache
{
    private const int Size = 256;
    private const int MaxLength = 48;

    [ThreadStatic]
    private static (byte[] Utf8, string Text)[]? t_entries;

    /// <summary>The property name the reader is on (unescaped, short names from the table).</summary>
    public static string Get(in Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > MaxLength) return WireJsonReader.GetString(in reader);
        var utf8 = reader.ValueSpan;
        var entries = t_entries ??= new (byte[], string)[Size];
        ref var entry = ref entries[Slot(utf8)];
        if (entry.Utf8 is not null && utf8.SequenceEqual(entry.Utf8)) return entry.Text;
        var text = Encoding.UTF8.GetString(utf8);
        entry = (utf8.ToArray(), text);
        return text;
    }

    private static int Slot(ReadOnlySpan<byte> utf8)
    {
        var hash = (uint)utf8.Length * 16777619u;
        foreach (var b in utf8) hash = (hash ^ b) * 16777619u;
        return (int)(hash % Size);
    }
}
