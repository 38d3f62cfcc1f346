using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.ComponentModel;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Generated;

/// <summary>
/// Reads member values from the token a <see cref="Utf8JsonReader"/> is on, with pydantic's lax
/// rules (a bool from <c>"yes"</c>, an int from <c>"4001"</c>), recording an issue that names the
/// key instead of throwing; the reader is left on the value's last token. Each member reader
/// returns whether the value fits (the key-based readers record an issue exactly when it does
/// not), so one that does not leaves the member as it was. Used by
/// generated code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class WireRead
{
    /// <summary>A string member.</summary>
    // Inlined into each generated case: nearly every value read is a string or an allowed null, and
    // the rest go on to the lax reader.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool String(ref Utf8JsonReader reader, ModelReadContext context, ModelMember member, out string? value)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            value = WireJsonReader.GetString(in reader);
            return true;
        }
        value = null;
        return reader.TokenType == JsonTokenType.Null && member.IsNullable || LaxString(ref reader, context, member, out value);
    }

    private static bool LaxString(ref Utf8JsonReader reader, ModelReadContext context, ModelMember member, out string? value)
    {
        var before = context.IssueCount;
        value = String(ref reader, context, member.WireName, member.Name, member.IsNullable);
        return context.IssueCount == before;
    }

    /// <summary>A bool member.</summary>
    public static bool Boolean(ref Utf8JsonReader reader, ModelReadContext context, ModelMember member, out bool? value)
    {
        var before = context.IssueCount;
        value = Boolean(ref reader, context, member.WireName, member.Name, member.IsNullable);
        return context.IssueCount == before;
    }

    /// <summary>A 32-bit integer member.</summary>
    public static bool Int32(ref Utf8JsonReader reader, ModelReadContext context, ModelMember member, out int? value)
    {
        var before = context.IssueCount;
        value = Int32(ref reader, context, member.WireName, member.Name, member.IsNullable);
        return context.IssueCount == before;
    }

    /// <summary>A 64-bit integer member.</summary>
    public static bool Int64(ref Utf8JsonReader reader, ModelReadContext context, ModelMember member, out long? value)
    {
        var before = context.IssueCount;
        value = Int64(ref reader, context, member.WireName, member.Name, member.IsNullable);
        return context.IssueCount == before;
    }

    /// <summary>A float member.</summary>
    public static bool Double(ref Utf8JsonReader reader, ModelReadContext context, ModelMember member, out double? value)
    {
        var before = context.IssueCount;
        value = Double(ref reader, context, member.WireName, member.Name, member.IsNullable);
        return context.IssueCount == before;
    }

    /// <summary>A string list member.</summary>
    public static bool StringList(ref Utf8JsonReader reader, ModelReadContext context, ModelMember member, out List<string>? value)
    {
        var before = context.IssueCount;
        value = StringList(ref reader, context, member.WireName, member.Name, member.IsNullable);
        return context.IssueCount == before;
    }

    /// <summary>A member of any JSON value; a nullable one reads JSON null as null (Python's None), so null is the one "absent".</summary>
    public static bool Json(ref Utf8JsonReader reader, ModelReadContext context, ModelMember member, out WireValue? value)
    {
        var read = WireJsonReader.ReadValue(ref reader);
        value = member.IsNullable && read.IsNull ? null : read;
        return true;
    }

    /// <summary>A nested model member: an object, or null when allowed; issues inside it name its key.</summary>
    public static bool Model<T>(ref Utf8JsonReader reader, ModelReadContext context, ModelMember member, out T? value) where T : class, IRelationModel, new()
    {
        value = null;
        if (!StartObject(ref reader, context, member.WireName, member.Name, member.IsNullable)) return reader.TokenType == JsonTokenType.Null && member.IsNullable;
        var before = context.IssueCount;
        var item = new T();
        context.Enter(member.WireName);
        ModelMachinery.ReadItem(item, ref reader, context);
        context.Exit();
        value = item;
        return context.IssueCount == before;
    }

    /// <summary>A list of nested models, each item an object; issues name the key and the item's position.</summary>
    public static bool ModelList<T>(ref Utf8JsonReader reader, ModelReadContext context, ModelMember member, out List<T>? value) where T : class, IRelationModel, new()
    {
        value = null;
        if (!StartArray(ref reader, context, member.WireName, member.Name, member.IsNullable)) return reader.TokenType == JsonTokenType.Null && member.IsNullable;
        var before = context.IssueCount;
        var items = new List<T>();
        context.Enter(member.WireName);
        for (var i = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; i++)
        {
            var item = new T();
            if (!StartObject(ref reader, context, i.ToString(CultureInfo.InvariantCulture), member.Name, nullable: false)) continue;
            context.Enter(i);
            ModelMachinery.ReadItem(item, ref reader, context);
            context.Exit();
            items.Add(item);
        }
        context.Exit();
        value = items;
        return context.IssueCount == before;
    }


    /// <summary>A string; null (with <c>string_type</c> when the member is not nullable) otherwise.</summary>
    internal static string? String(ref Utf8JsonReader reader, ModelReadContext context, string key, string member, bool nullable)
    {
        if (reader.TokenType == JsonTokenType.String) return WireJsonReader.GetString(in reader);
        if (reader.TokenType == JsonTokenType.Null && nullable) return null;
        Fail(ref reader, context, "string_type", key, member, "Input should be a valid string");
        return null;
    }

    /// <summary>A bool: JSON booleans, 0 / 1, and the strings pydantic accepts (<c>yes</c>, <c>off</c>, ...).</summary>
    internal static bool? Boolean(ref Utf8JsonReader reader, ModelReadContext context, string key, string member, bool nullable)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True: return true;
            case JsonTokenType.False: return false;
            case JsonTokenType.Null when nullable: return null;
            case JsonTokenType.String:
                if (TryParseLaxBoolean(WireJsonReader.GetString(in reader), out var parsed)) return parsed;
                break;
            case JsonTokenType.Number:
                var number = WireJsonReader.GetDouble(in reader);
                if (number == 0 || number == 1) return number == 1;
                break;
        }
        // pydantic tries to interpret strings and whole numbers; a fraction, NaN or an infinity is the wrong type.
        var kind = reader.TokenType == JsonTokenType.String
            || (reader.TokenType == JsonTokenType.Number && WireJsonReader.GetDouble(in reader) is var whole && double.IsFinite(whole) && Math.Floor(whole) == whole)
            ? "bool_parsing"
            : "bool_type";
        var message = kind == "bool_parsing" ? "Input should be a valid boolean, unable to interpret input" : "Input should be a valid boolean";
        Fail(ref reader, context, kind, key, member, message);
        return null;
    }

    /// <summary>An integer: JSON integers, integral floats and numeric strings.</summary>
    internal static long? Int64(ref Utf8JsonReader reader, ModelReadContext context, string key, string member, bool nullable)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                if (reader.TryGetInt64(out var whole)) return whole;
                var real = WireJsonReader.GetDouble(in reader);
                if (Math.Floor(real) == real && Math.Abs(real) < 9.2e18) return (long)real;
                if (!double.IsFinite(real))
                {
                    Fail(ref reader, context, "finite_number", key, member, "Input should be a finite number");
                    return null;
                }
                Fail(ref reader, context, "int_from_float", key, member, "Input should be a valid integer, got a number with a fractional part");
                return null;
            case JsonTokenType.String:
                if (long.TryParse(WireJsonReader.GetString(in reader).Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed)) return parsed;
                Fail(ref reader, context, "int_parsing", key, member, "Input should be a valid integer, unable to parse string as an integer");
                return null;
            case JsonTokenType.True: return 1;
            case JsonTokenType.False: return 0;
            case JsonTokenType.Null when nullable: return null;
        }
        Fail(ref reader, context, "int_type", key, member, "Input should be a valid integer");
        return null;
    }

    /// <summary>A 32-bit integer, as the 64-bit reader with a range check.</summary>
    internal static int? Int32(ref Utf8JsonReader reader, ModelReadContext context, string key, string member, bool nullable)
    {
        var value = Int64(ref reader, context, key, member, nullable);
        if (value is null || value is >= int.MinValue and <= int.MaxValue) return (int?)value;
        context.AddIssue("int_parsing", key, member, "Input should be a valid 32-bit integer");
        return null;
    }

    /// <summary>A float: JSON numbers and numeric strings.</summary>
    internal static double? Double(ref Utf8JsonReader reader, ModelReadContext context, string key, string member, bool nullable)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number: return WireJsonReader.GetDouble(in reader);
            case JsonTokenType.String when double.TryParse(WireJsonReader.GetString(in reader), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed): return parsed;
            case JsonTokenType.String:
                Fail(ref reader, context, "float_parsing", key, member, "Input should be a valid number, unable to parse string as a number");
                return null;
            case JsonTokenType.Null when nullable: return null;
        }
        Fail(ref reader, context, "float_type", key, member, "Input should be a valid number");
        return null;
    }

    /// <summary>A list of strings; null (with <c>list_type</c> unless null is allowed) otherwise.</summary>
    internal static List<string>? StringList(ref Utf8JsonReader reader, ModelReadContext context, string key, string member, bool nullable)
    {
        if (!StartArray(ref reader, context, key, member, nullable)) return null;
        var items = new List<string>();
        context.Enter(key);
        for (var i = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; i++)
        {
            if (String(ref reader, context, i.ToString(CultureInfo.InvariantCulture), member, nullable: false) is { } item) items.Add(item);
        }
        context.Exit();
        return items;
    }

    /// <summary>
    /// True when the reader is on <c>[</c>; false on null (allowed when <paramref name="nullable"/>)
    /// or anything else (recorded as <c>list_type</c> and skipped).
    /// </summary>
    internal static bool StartArray(ref Utf8JsonReader reader, ModelReadContext context, string key, string member, bool nullable)
    {
        if (reader.TokenType == JsonTokenType.StartArray) return true;
        if (reader.TokenType == JsonTokenType.Null && nullable) return false;
        Fail(ref reader, context, "list_type", key, member, "Input should be a valid list");
        return false;
    }

    /// <summary>
    /// True when the reader is on <c>{</c>; false on null (allowed when <paramref name="nullable"/>)
    /// or anything else (recorded as <c>model_type</c> and skipped).
    /// </summary>
    internal static bool StartObject(ref Utf8JsonReader reader, ModelReadContext context, string key, string member, bool nullable)
    {
        if (reader.TokenType == JsonTokenType.StartObject) return true;
        if (reader.TokenType == JsonTokenType.Null && nullable) return false;
        Fail(ref reader, context, "model_type", key, member, "Input should be a valid dictionary or object to extract fields from");
        return false;
    }

    /// <summary>Records a missing required member.</summary>
    internal static void Missing(ModelReadContext context, string key, string member) =>
        context.AddIssue("missing", key, member, "Field required");

    /// <summary>pydantic's lax bool strings, in any letter case.</summary>
    internal static bool TryParseLaxBoolean(string text, out bool value)
    {
        switch (text.ToLowerInvariant())
        {
            case "1": case "on": case "t": case "true": case "y": case "yes":
                value = true;
                return true;
            case "0": case "off": case "f": case "false": case "n": case "no":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    private static void Fail(ref Utf8JsonReader reader, ModelReadContext context, string kind, string key, string member, string message)
    {
        context.AddIssue(kind, key, member, message);
        if (reader.TokenType is JsonTokenType.StartArray or JsonTokenType.StartObject) reader.Skip();
    }
}
