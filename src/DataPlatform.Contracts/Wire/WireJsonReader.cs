using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

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
        // Most databag values that are not JSON are plain words: refuse them without an exception.
        if (!CanStartJson(utf8)) return false;
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
    /// Parses <paramref name="text"/> as Python's <c>json.loads</c> does; false when it is not a
    /// single JSON document. <c>NaN</c>, <c>Infinity</c>, <c>-Infinity</c> (anywhere) are floats
    /// and lone surrogates (escaped or raw) stay in their strings, as in Python.
    /// </summary>
    public static bool TryParse(string text, out WireValue value)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = text.AsSpan().TrimStart(" \t\n\r");
        if (start.IsEmpty || !(IsJsonStart(start[0]) || start[0] is 'N' or 'I')) { value = WireValue.Null; return false; }
        // Fast path: System.Text.Json over UTF-8. It refuses what only Python accepts (NaN, lone
        // surrogates), and UTF-8 cannot carry a raw lone surrogate; those go to Python's grammar.
        var rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            if (Utf8.FromUtf16(text, rented, out _, out var length, replaceInvalidSequences: false) == OperationStatus.Done
                && TryParseUtf8(rented.AsSpan(0, length), out value))
            {
                return true;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
        return PythonJsonParser.TryParse(text, out value);
    }

    private static bool CanStartJson(ReadOnlySpan<byte> utf8)
    {
        var i = 0;
        while (i < utf8.Length && utf8[i] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r') i++;
        return i < utf8.Length && IsJsonStart((char)utf8[i]);
    }

    // The first character of every JSON value System.Text.Json reads.
    private static bool IsJsonStart(char c) => c is '{' or '[' or '"' or '-' or (>= '0' and <= '9') or 't' or 'f' or 'n';

    private static bool TryParseUtf8(ReadOnlySpan<byte> utf8, out WireValue value)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8, Options);
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
            case JsonTokenType.String: return WireValue.FromString(GetString(in reader));
            case JsonTokenType.Number: return ReadNumber(ref reader);
            case JsonTokenType.StartArray:
                var items = ScratchLists<WireValue>.Rent();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) items.Add(ReadValue(ref reader));
                var array = items.Count == 0 ? [] : items.ToArray();
                ScratchLists<WireValue>.Return(items);
                return WireValue.FromArray(array);
            case JsonTokenType.StartObject:
                var members = ScratchLists<KeyValuePair<string, WireValue>>.Rent();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var key = PropertyNameCache.Get(in reader);
                    reader.Read();
                    members.Add(new KeyValuePair<string, WireValue>(key, ReadValue(ref reader)));
                }
                var obj = members.Count == 0 ? new WireObject() : WireObject.Of(members);
                ScratchLists<KeyValuePair<string, WireValue>>.Return(members);
                return WireValue.FromObject(obj);
            default:
                throw new JsonException($"Unexpected JSON token {reader.TokenType}.");
        }
    }

    /// <summary>
    /// The string or property name the reader is on. Unlike <see cref="Utf8JsonReader.GetString"/>,
    /// a lone surrogate escape (<c>"\ud800"</c>, which Python writes and reads) is kept, not refused.
    /// </summary>
    /// <exception cref="JsonException">The token is not a string or a property name.</exception>
    public static string GetString(in Utf8JsonReader reader)
    {
        if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName))
        {
            throw new JsonException($"Expected a JSON string, found {reader.TokenType}.");
        }
        if (!reader.ValueIsEscaped) return reader.GetString()!;
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            // Only an escape System.Text.Json cannot turn into valid UTF-16 gets here.
            var raw = Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan);
            return PythonJsonParser.TryUnescape(raw, out var text) ? text : throw new JsonException("Malformed string escape.");
        }
    }

    /// <summary>
    /// Whether the string or property name the reader is on is <paramref name="text"/>. Unlike
    /// <see cref="Utf8JsonReader.ValueTextEquals(string)"/>, a lone surrogate escape compares as
    /// unequal instead of throwing.
    /// </summary>
    public static bool TextEquals(in Utf8JsonReader reader, string text) =>
        reader.ValueIsEscaped ? string.Equals(GetString(in reader), text, StringComparison.Ordinal) : reader.ValueTextEquals(text);

    /// <summary>
    /// The number the reader is on as a Python float: out-of-range literals (<c>1e400</c>) are
    /// infinities, as <c>json.loads</c> makes them, where <see cref="Utf8JsonReader.TryGetDouble"/>
    /// refuses, and <see cref="ReaderJson.NaNLiteral"/> is NaN.
    /// </summary>
    public static double GetDouble(in Utf8JsonReader reader)
    {
        var raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
        if (raw.Length == ReaderJson.NaNUtf8.Length && raw.SequenceEqual(ReaderJson.NaNUtf8)) return double.NaN;
        return double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static WireValue ReadNumber(ref Utf8JsonReader reader)
    {
        var raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
        if (raw.IndexOfAny((byte)'.', (byte)'e', (byte)'E') >= 0)
        {
            return WireValue.FromFloat(GetDouble(in reader));
        }
        if (reader.TryGetInt64(out var small)) return WireValue.FromInteger(small);
        return WireValue.FromInteger(BigInteger.Parse(Encoding.ASCII.GetString(raw), CultureInfo.InvariantCulture));
    }
}
