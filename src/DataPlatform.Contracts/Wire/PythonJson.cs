using System.Text;

namespace DataPlatform.Contracts.Wire;

/// <summary>Python <c>json.dumps</c> / <c>json.loads</c> compatible text conversions.</summary>
public static class PythonJson
{
    private const string HexDigits = "0123456789abcdef";

    /// <summary>The value as Python's <c>json.dumps</c> writes it with default arguments.</summary>
    public static string Serialize(WireValue value)
    {
        var writer = PythonJsonWriter.Rent();
        writer.WriteValue(value);
        return PythonJsonWriter.ToStringAndReturn(writer);
    }

    /// <summary>A string as Python's <c>json.dumps</c> writes it: quoted and ASCII-escaped.</summary>
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = new StringBuilder(value.Length + 2);
        AppendQuoted(text, value);
        return text.ToString();
    }

    /// <summary>
    /// Parses JSON text the way Python's <c>json.loads</c> does (numbers with a fraction or an
    /// exponent are floats, others are integers; <c>NaN</c>, <c>Infinity</c> and <c>-Infinity</c>
    /// are accepted anywhere, lone surrogates stay in their strings). Returns false, without
    /// throwing, on text that is not JSON.
    /// </summary>
    public static bool TryParse(string text, out WireValue value) => WireJsonReader.TryParse(text, out value);

    /// <summary>Parses JSON text as <see cref="TryParse"/> does.</summary>
    /// <exception cref="FormatException">The text is not JSON. The message never quotes the text.</exception>
    public static WireValue Parse(string text) =>
        WireJsonReader.TryParse(text, out var value) ? value : throw new FormatException("The text is not valid JSON.");

    /// <summary>
    /// Parses text this library wrote (a model's JSON): values read at the depth limit sit a few
    /// levels deeper once inside their models, so the limit is raised by the models' own nesting.
    /// </summary>
    /// <exception cref="FormatException">The text is not JSON (a bug: the writer wrote it).</exception>
    internal static WireValue ParseWritten(string text) =>
        WireJsonReader.TryParse(text, out var value) || PythonJsonParser.TryParse(text, PythonJsonParser.MaxDepth + WrittenNesting, out value)
            ? value
            : throw new FormatException("The text is not valid JSON.");

    // Models nest in models (requests in a contract, permissions in a request) only a few levels.
    private const int WrittenNesting = 64;

    internal static void AppendQuoted(StringBuilder text, string value)
    {
        text.Append('"');
        // Most keys and values are printable ASCII without quotes or backslashes: found with two
        // vectorized scans and copied whole.
        var span = value.AsSpan();
        var first = span.IndexOfAnyExceptInRange(' ', '~');
        var quote = span.IndexOfAny('"', '\\');
        if (first < 0 && quote < 0)
        {
            text.Append(value).Append('"');
            return;
        }
        var start = 0;
        var from = first < 0 ? quote : quote < 0 ? first : Math.Min(first, quote);
        for (var i = from; i < value.Length; i++)
        {
            var c = value[i];
            if (c >= ' ' && c <= '~' && c != '"' && c != '\\') continue;
            text.Append(value, start, i - start);
            start = i + 1;
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                default:
                    // Everything outside printable ASCII, UTF-16 code unit by code unit: astral
                    // characters come out as the surrogate pair Python writes.
                    text.Append("\\u")
                        .Append(HexDigits[c >> 12])
                        .Append(HexDigits[(c >> 8) & 0xF])
                        .Append(HexDigits[(c >> 4) & 0xF])
                        .Append(HexDigits[c & 0xF]);
                    break;
            }
        }
        text.Append(value, start, value.Length - start);
        text.Append('"');
    }
}
