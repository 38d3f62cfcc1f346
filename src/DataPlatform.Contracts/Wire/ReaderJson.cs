using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace DataPlatform.Contracts.Wire;

/// <summary>
/// UTF-8 JSON that <see cref="Utf8JsonReader"/> reads, for any text Python's <c>json.loads</c>
/// accepts: the text itself when System.Text.Json takes it (the fast path), otherwise the value
/// parsed with Python's grammar and written again in a form System.Text.Json takes.
/// </summary>
/// <remarks>
/// The re-written form spells <c>±Infinity</c> as <c>±1e400</c> (the same Python float) and NaN,
/// which no JSON number equals, as <see cref="NaNLiteral"/>; <see cref="WireJsonReader.GetDouble"/>
/// and the value readers map it back. Text that contains the literal itself is re-written too, so
/// a number written that way in the input is never taken for NaN.
/// </remarks>
public static class ReaderJson
{
    /// <summary>The number that stands for NaN in re-written JSON.</summary>
    public const string NaNLiteral = "-0.0e-314159265358979323846264338327950288419716939937510";

    internal static ReadOnlySpan<byte> NaNUtf8 => "-0.0e-314159265358979323846264338327950288419716939937510"u8;

    /// <summary>
    /// Rents a buffer with JSON for <paramref name="text"/>; false, with nothing rented, when Python
    /// would not parse the text as one JSON document. Give the buffer back with <see cref="Return"/>.
    /// </summary>
    public static bool TryRent(string text, out byte[] buffer, out int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        if (Utf8.FromUtf16(text, buffer, out _, out length, replaceInvalidSequences: false) == OperationStatus.Done
            && WireJsonReader.IsSingleValue(buffer.AsSpan(0, length), out _)
            && !text.Contains(NaNLiteral, StringComparison.Ordinal))
        {
            return true;
        }
        ArrayPool<byte>.Shared.Return(buffer);
        if (!PythonJsonParser.TryParse(text, out var value))
        {
            buffer = Array.Empty<byte>();
            length = 0;
            return false;
        }
        buffer = Rent(value, out length);
        return true;
    }

    /// <summary>Rents a buffer with JSON for <paramref name="value"/> (NaN and infinities re-written as above).</summary>
    public static byte[] Rent(WireValue value, out int length)
    {
        var writer = new PythonJsonWriter { ReaderSafeFloats = true };
        writer.WriteValue(value);
        var text = writer.ToString();
        // The writer escapes everything outside printable ASCII, so the text is its own UTF-8.
        var buffer = ArrayPool<byte>.Shared.Rent(text.Length);
        length = Encoding.ASCII.GetBytes(text, 0, text.Length, buffer, 0);
        return buffer;
    }

    /// <summary>Returns a buffer from <see cref="TryRent"/> or <see cref="Rent"/>.</summary>
    public static void Return(byte[] buffer)
    {
        if (buffer.Length > 0) ArrayPool<byte>.Shared.Return(buffer);
    }
}
