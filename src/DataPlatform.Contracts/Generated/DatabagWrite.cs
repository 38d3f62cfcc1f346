using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Generated;

/// <summary>Writes one top-level key the way the reference's <c>write_model</c> does.</summary>
internal static class DatabagWrite
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

    /// <summary>
    /// A model's untyped value (an unknown key): strings raw, null deletes, anything else as Python
    /// JSON text, with NaN and the infinities dumped as <c>None</c> (see
    /// <see cref="PythonJsonWriter.WriteDumpedValue"/>): a top-level one deletes the key.
    /// </summary>
    public static void Value(Databag databag, string key, WireValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        switch (value.Kind)
        {
            case WireValueKind.Float when !double.IsFinite(value.AsFloat()):
            case WireValueKind.Null:
                Text(databag, key, null);
                return;
            case WireValueKind.String:
                Text(databag, key, value.AsString());
                return;
        }
        var writer = PythonJsonWriter.Rent();
        writer.WriteDumpedValue(value);
        Text(databag, key, PythonJsonWriter.ToStringAndReturn(writer));
    }
}
