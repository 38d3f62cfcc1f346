using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Generated;

/// <summary>An enum's values and the strings they are written as (<c>[WireName]</c> or the C# name). Used by generated code.</summary>
/// <typeparam name="T">The enum.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class WireEnum<T> where T : struct, Enum
{
    private readonly T[] _values;
    private readonly string[] _names;
    private readonly string _expected;

    /// <summary>The values and their wire names, pairwise.</summary>
    public WireEnum(T[] values, string[] names)
    {
        _values = values;
        _names = names;
        _expected = "Input should be " + string.Join(" or ", names.Select(n => "'" + n + "'"));
    }

    /// <summary>The wire name of <paramref name="value"/>; a value without a name is written as its number.</summary>
    public string? ToWire(T? value)
    {
        if (value is not { } known) return null;
        var index = Array.IndexOf(_values, known);
        return index >= 0 ? _names[index] : Convert.ToInt64(known, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Reads one of the wire names; anything else is a <c>literal_error</c> issue naming the key.</summary>
    public bool Read(ref Utf8JsonReader reader, ModelReadContext context, ModelMember member, out T? value)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(member);
        value = null;
        if (reader.TokenType == JsonTokenType.Null && member.IsNullable) return true;
        if (reader.TokenType == JsonTokenType.String)
        {
            var index = Array.IndexOf(_names, WireJsonReader.GetString(in reader));
            if (index >= 0)
            {
                value = _values[index];
                return true;
            }
        }
        if (reader.TokenType is JsonTokenType.StartArray or JsonTokenType.StartObject) reader.Skip();
        context.AddIssue("literal_error", member.WireName, member.Name, _expected);
        return false;
    }
}
