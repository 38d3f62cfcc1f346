using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts;

/// <summary>Writes one top-level key the way the reference's <c>write_model</c> does. Called by generated code.</summary>
public static class DatabagWrite
{
    /// <summary>
    /// Null deletes the key; <c>""</c> is skipped, leaving any previous value (the reference's
    /// <c>write_field</c> ignores falsy values); anything else is set.
    /// </summary>
    public static void Text(Databag databag, string key, string? text)
    {
        if (text is null) databag.Remove(key);
        else if (text.Length > 0) databag[key] = text;
    }

    /// <summary>A decoded value: strings raw, null deletes, anything else as Python JSON text.</summary>
    public static void Value(Databag databag, string key, WireValue value) => Text(databag, key, DatabagValue.Encode(value));
}
