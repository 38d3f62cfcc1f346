namespace DataPlatform.Contracts.Wire;

/// <summary>
/// Converts between databag text and decoded values, as the reference's <c>get_data</c> and
/// <c>write_model</c> do, with divergence D9 for string-typed fields.
/// </summary>
public static class DatabagValue
{
    /// <summary>
    /// Decodes a databag value whose field is not string-typed (or is unknown): the JSON value when
    /// the text parses as JSON, otherwise the text itself as a string (<c>"true"</c> is a bool,
    /// <c>"123"</c> an int, <c>"mydb"</c> a string).
    /// </summary>
    /// <remarks>
    /// A string-typed field takes the databag text as it is (divergence D9): <c>"123"</c> stays the
    /// string <c>123</c> instead of being rejected as an int. The model machinery therefore calls this
    /// only for members that are not strings.
    /// </remarks>
    public static WireValue Decode(string text) =>
        WireJsonReader.TryParse(text, out var value) ? value : WireValue.FromString(text);

    /// <summary>
    /// Encodes a value for a top-level databag key: <see langword="null"/> for JSON null (the key is
    /// deleted), a string as its raw text, anything else as Python <c>json.dumps</c> text.
    /// </summary>
    public static string? Encode(WireValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Kind switch
        {
            WireValueKind.Null => null,
            WireValueKind.String => value.AsString(),
            _ => PythonJson.Serialize(value),
        };
    }
}
