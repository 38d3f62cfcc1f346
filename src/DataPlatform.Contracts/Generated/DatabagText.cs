using System.Buffers;
using System.Text;
using System.Text.Json;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Generated;

/// <summary>
/// Lets generated code read a flat databag value with its JSON member readers: the value's own
/// JSON when it parses, otherwise the text as a JSON string (docs/protocol/serialization.md#reading-a-databag-into-a-model).
/// </summary>
internal static class DatabagText
{
    /// <summary>
    /// UTF-8 JSON for <paramref name="text"/> in a pooled buffer; pass it to <see cref="Return"/>
    /// when done.
    /// </summary>
    public static byte[] Rent(string text, out int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (ReaderJson.TryRent(text, out var buffer, out length)) return buffer;
        // Not JSON to Python either: the raw text as a JSON string (ASCII-escaped, so UTF-8 as it is).
        return Encode(PythonJson.Quote(text), out length);
    }

    private static byte[] Encode(string text, out int length)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        length = Encoding.UTF8.GetBytes(text, 0, text.Length, buffer, 0);
        return buffer;
    }

    /// <summary>Returns a buffer from <see cref="Rent"/>.</summary>
    public static void Return(byte[] buffer) => ReaderJson.Return(buffer);

    /// <summary>A reader over a rented buffer, already on its first token.</summary>
    public static Utf8JsonReader Reader(byte[] buffer, int length)
    {
        var reader = new Utf8JsonReader(buffer.AsSpan(0, length), WireJsonReader.ReaderOptions);
        reader.Read();
        return reader;
    }
}
