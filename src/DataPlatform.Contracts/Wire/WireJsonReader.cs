using System.Buffers;
using System.Numerics;
using System.Text;
using System.Text.Json;

namespace DataPlatform.Contracts.Wire;

/// <summary>Decodes JSON into <see cref="WireValue"/>s with Python <c>json.loads</c> typing.</summary>
public static class WireJsonReader
{
    // Python's json.loads has no depth limit short of the interpreter's recursion limit (1000).
    private static readonly JsonReaderOptions Options = new() { MaxDepth = 1000 };

    /// <summary>The reader options every parse of databag JSON uses (Python's depth limit).</summary>
    public static JsonReaderOptions ReaderOptions => Options;

    /// <summary>
    /// Whether <paramref name="utf8"/> holds exactly one JSON value, and which token it starts with,
    /// checked without building anything.
    /// </summary>
    public static bool IsSingleValue(ReadOnlySpan<byte> utf8, out JsonTokenType first)
    {
        first = JsonTokenType.None;
        try
        {
            var reader = new Utf8JsonReader(utf8, Options);
            if (!reader.Read()) return false;
            first = reader.TokenType;
            reader.Skip();
            return !reader.Read();
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>
    /// Parses <paramref name="text"/>; false when it is not a single JSON document. Top-level
    /// <c>NaN</c>, <c>Infinity</c> and <c>-Infinity</c> are floats as in Python (nested ones are
    /// not supported and make the text count as not JSON).
    /// </summary>
    public static bool TryParse(string text, out WireValue value)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (TryParseSpecialFloat(text, out value)) return true;

        var maxBytes = Encoding.UTF8.GetMaxByteCount(text.Length);
        var rented = ArrayPool<byte>.Shared.Rent(maxBytes);
        try
        {
            var length = Encoding.UTF8.GetBytes(text, 0, text.Length, rented, 0);
            var reader = new Utf8JsonReader(rented.AsSpan(0, length), Options);
            if (!reader.Read()) { value = WireValue.Null; return false; }
            value = ReadValue(ref reader);
            if (reader.Read()) { value = WireValue.Null; return false; }
            return true;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            value = WireValue.Null;
            return false;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Reads the value the reader is positioned on (its first token already read) and leaves the
    /// reader on the value's last token.
    /// </summary>
    /// <exception cref="JsonException">The JSON is malformed.</exception>
    public static WireValue ReadValue(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null: return WireValue.Null;
            case JsonTokenType.True: return WireValue.True;
            case JsonTokenType.False: return WireValue.False;
            case JsonTokenType.String: return WireValue.FromString(reader.GetString());
            case JsonTokenType.Number: return ReadNumber(ref reader);
            case JsonTokenType.StartArray:
                var items = new List<WireValue>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) items.Add(ReadValue(ref reader));
                return WireValue.FromArray(items);
            case JsonTokenType.StartObject:
                var obj = new WireObject();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var key = reader.GetString()!;
                    reader.Read();
                    obj.Set(key, ReadValue(ref reader));
                }
                return WireValue.FromObject(obj);
            default:
                throw new JsonException($"Unexpected JSON token {reader.TokenType}.");
        }
    }

    private static WireValue ReadNumber(ref Utf8JsonReader reader)
    {
        var raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
        if (raw.IndexOfAny((byte)'.', (byte)'e', (byte)'E') >= 0)
        {
            // Python turns an out-of-range literal into an infinity rather than failing.
            return WireValue.FromFloat(double.Parse(raw, provider: System.Globalization.CultureInfo.InvariantCulture));
        }
        if (reader.TryGetInt64(out var small)) return WireValue.FromInteger(small);
        return WireValue.FromInteger(BigInteger.Parse(Encoding.ASCII.GetString(raw), System.Globalization.CultureInfo.InvariantCulture));
    }

    private static bool TryParseSpecialFloat(string text, out WireValue value)
    {
        var trimmed = text.AsSpan().Trim(" \t\n\r");
        value = trimmed switch
        {
            "NaN" => WireValue.FromFloat(double.NaN),
            "Infinity" => WireValue.FromFloat(double.PositiveInfinity),
            "-Infinity" => WireValue.FromFloat(double.NegativeInfinity),
            _ => WireValue.Null,
        };
        return !value.IsNull;
    }
}
