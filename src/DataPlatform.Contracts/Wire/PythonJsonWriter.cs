using System.Numerics;
using System.Text;

namespace DataPlatform.Contracts.Wire;

/// <summary>
/// Writes JSON text exactly as Python's <c>json.dumps</c> does with its default arguments:
/// <c>", "</c> and <c>": "</c> separators, ASCII-only output (<c>\uXXXX</c> escapes in lower-case
/// hex, astral characters as surrogate pairs), <c>/</c> not escaped, keys in the order written.
/// </summary>
/// <remarks>
/// A forward-only writer over a <see cref="StringBuilder"/>: the caller writes a well-formed
/// sequence (a property name before every object member); the writer only places separators.
/// Reuse one instance with <see cref="Clear"/> to avoid allocating a new buffer per document.
/// </remarks>
public sealed class PythonJsonWriter
{
    // Largest buffer kept for reuse (8 MB of chars); a bigger document's buffer is left to the GC.
    // A hook writes its largest texts (the response list, the data memory) again and again in a
    // long-lived process, and a discarded buffer of that size is hundreds of chunks of garbage
    // per write (docs/hook-cost.md). Clearing a buffer of several chunks makes it one.
    private const int MaxCachedCapacity = 4 * 1024 * 1024;

    [ThreadStatic]
    private static PythonJsonWriter? t_cached;

    private readonly StringBuilder _text;
    private bool _needsSeparator;

    /// <summary>Creates a writer with its own buffer.</summary>
    public PythonJsonWriter() : this(new StringBuilder(256))
    {
    }

    /// <summary>Creates a writer that appends to <paramref name="text"/>.</summary>
    public PythonJsonWriter(StringBuilder text) => _text = text ?? throw new ArgumentNullException(nameof(text));

    /// <summary>
    /// A writer for one document, reusing this thread's buffer when it is free: pair with
    /// <see cref="ToStringAndReturn"/> so that writing a databag allocates little beyond its text.
    /// </summary>
    public static PythonJsonWriter Rent()
    {
        var writer = t_cached ?? new PythonJsonWriter();
        t_cached = null;
        writer.Clear();
        return writer;
    }

    /// <summary>The text of a writer from <see cref="Rent"/>, handing its buffer back for the next document.</summary>
    public static string ToStringAndReturn(PythonJsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var text = writer.ToString();
        if (writer._text.Capacity <= MaxCachedCapacity) t_cached = writer;
        return text;
    }

    /// <summary>Empties the buffer so the writer can start a new document.</summary>
    public void Clear()
    {
        _text.Clear();
        _needsSeparator = false;
    }

    /// <summary>Writes <c>{</c>.</summary>
    public void WriteStartObject()
    {
        BeginValue();
        _text.Append('{');
        _needsSeparator = false;
    }

    /// <summary>Writes <c>}</c>.</summary>
    public void WriteEndObject()
    {
        _text.Append('}');
        _needsSeparator = true;
    }

    /// <summary>Writes <c>[</c>.</summary>
    public void WriteStartArray()
    {
        BeginValue();
        _text.Append('[');
        _needsSeparator = false;
    }

    /// <summary>Writes <c>]</c>.</summary>
    public void WriteEndArray()
    {
        _text.Append(']');
        _needsSeparator = true;
    }

    /// <summary>Writes an object key and the <c>": "</c> separator; a value must follow.</summary>
    public void WritePropertyName(string name)
    {
        BeginValue();
        PythonJson.AppendQuoted(_text, name);
        _text.Append(": ");
        _needsSeparator = false;
    }

    /// <summary>Writes an object key already quoted with its <c>": "</c> (a member's, quoted once per type).</summary>
    internal void WriteQuotedPropertyName(string quotedWithSeparator)
    {
        BeginValue();
        _text.Append(quotedWithSeparator);
        _needsSeparator = false;
    }

    /// <summary>Writes a string, or <c>null</c> for <see langword="null"/>.</summary>
    public void WriteStringValue(string? value)
    {
        BeginValue();
        if (value is null) _text.Append("null");
        else PythonJson.AppendQuoted(_text, value);
        _needsSeparator = true;
    }

    /// <summary>Writes <c>null</c>.</summary>
    public void WriteNullValue() => WriteRaw("null");

    /// <summary>Writes <c>true</c> or <c>false</c>.</summary>
    public void WriteBooleanValue(bool value) => WriteRaw(value ? "true" : "false");

    /// <summary>Writes <c>true</c>, <c>false</c> or <c>null</c>.</summary>
    public void WriteBooleanValue(bool? value) => WriteRaw(value is null ? "null" : value.Value ? "true" : "false");

    /// <summary>Writes an integer.</summary>
    public void WriteNumberValue(long value)
    {
        BeginValue();
        _text.Append(value);
        _needsSeparator = true;
    }

    /// <summary>Writes an integer of any size.</summary>
    public void WriteNumberValue(BigInteger value)
    {
        BeginValue();
        _text.Append(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        _needsSeparator = true;
    }

    // For ReaderJson only: NaN and the infinities as numbers System.Text.Json reads.
    internal bool ReaderSafeFloats { get; init; }

    // Set while WriteDumpedValue writes: NaN and the infinities as null.
    private bool _nonFiniteAsNull;

    /// <summary>Writes a float as Python's <c>repr</c> does (<c>1.0</c>, <c>1e-05</c>, <c>NaN</c>).</summary>
    public void WriteNumberValue(double value)
    {
        if (_nonFiniteAsNull && !double.IsFinite(value))
        {
            WriteNullValue();
            return;
        }
        BeginValue();
        if (ReaderSafeFloats && !double.IsFinite(value))
        {
            _text.Append(double.IsNaN(value) ? ReaderJson.NaNLiteral : value > 0 ? "1e400" : "-1e400");
            _needsSeparator = true;
            return;
        }
        PythonFloat.Append(_text, value);
        _needsSeparator = true;
    }

    /// <summary>Writes a decoded JSON value.</summary>
    public void WriteValue(WireValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        switch (value.Kind)
        {
            case WireValueKind.Null: WriteNullValue(); break;
            case WireValueKind.Boolean: WriteBooleanValue(value.AsBoolean()); break;
            case WireValueKind.Integer: WriteNumberValue(value.AsInteger()); break;
            case WireValueKind.Float: WriteNumberValue(value.AsFloat()); break;
            case WireValueKind.String: WriteStringValue(value.AsString()); break;
            case WireValueKind.Array:
                WriteStartArray();
                foreach (var item in value.AsArray()) WriteValue(item);
                WriteEndArray();
                break;
            default:
                WriteStartObject();
                foreach (var member in value.AsObject())
                {
                    WritePropertyName(member.Key);
                    WriteValue(member.Value);
                }
                WriteEndObject();
                break;
        }
    }

    /// <summary>
    /// Writes a model's untyped value (an unknown key) as the reference dumps it: pydantic's
    /// <c>model_dump(mode="json")</c> turns NaN and the infinities in such values into
    /// <c>None</c>, so they are written as <c>null</c> wherever they are nested.
    /// </summary>
    public void WriteDumpedValue(WireValue value)
    {
        _nonFiniteAsNull = true;
        try
        {
            WriteValue(value);
        }
        finally
        {
            _nonFiniteAsNull = false;
        }
    }

    /// <summary>The text written so far.</summary>
    public override string ToString() => _text.ToString();

    /// <summary>Writes <paramref name="json"/>, the JSON text of one value as a writer of this type wrote it, as it stands.</summary>
    internal void WriteRawValue(string json) => WriteRaw(json);

    private void WriteRaw(string literal)
    {
        BeginValue();
        _text.Append(literal);
        _needsSeparator = true;
    }

    private void BeginValue()
    {
        if (_needsSeparator) _text.Append(", ");
    }
}
