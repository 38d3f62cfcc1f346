using DataPlatform.Contracts.Generator.Model;

namespace DataPlatform.Contracts.Generator.Emitting;

internal static partial class ModelEmitter
{
    // Writing: one JSON object in declaration order then the unknown keys, or flat databag keys.
    private static void EmitWriting(SourceWriter w, ModelSpec model)
    {
        var api = Api(model);
        var written = model.Members.Where(m => m.IsWritten).ToList();

        w.Line("/// <inheritdoc/>");
        w.Open($"{api} void WriteJson({Names.JsonWriter} writer, {Names.WriteContext} context)");
        w.Line("if (context.Secrets is { } secrets) WriteSecrets(secrets, context.ShortUuidOf(this));");
        w.Line("var compact = context.IsCompact;");
        w.Line("writer.WriteStartObject();");
        foreach (var member in written)
        {
            var shadowed = member.AliasCount > 0;
            if (shadowed) EmitShadowedByUnknownKey(w, member);
            var kept = KeptInCompactDump(member);
            if (kept is null)
            {
                w.Line($"writer.WritePropertyName({Quote(member.WireName)});");
                WriteValue(w, member, "writer");
            }
            else
            {
                w.Open($"if (!compact || {kept})");
                w.Line($"writer.WritePropertyName({Quote(member.WireName)});");
                WriteValue(w, member, "writer");
                w.Close();
            }
            if (shadowed) w.Close();
        }
        w.Open("if (HasUnknownKeys)");
        w.Open("foreach (var entry in UnknownKeys)");
        w.Line("if (compact && entry.Value.IsNull) continue;");
        var shadowKeys = written.Where(m => m.AliasCount > 0).Select(m => Quote(m.WireName)).ToList();
        if (shadowKeys.Count > 0) w.Line($"if (entry.Key is {string.Join(" or ", shadowKeys)}) continue; // written in the member's place");
        w.Line("writer.WritePropertyName(entry.Key);");
        w.Line("writer.WriteDumpedValue(entry.Value);");
        w.Close();
        w.Close();
        w.Line("writer.WriteEndObject();");
        w.Close();
        w.Line();

        w.Line("/// <inheritdoc/>");
        w.Open($"{api} void WriteDatabag({Names.Databag} databag, {Names.WriteContext} context)");
        w.Line("global::System.ArgumentNullException.ThrowIfNull(databag);");
        w.Line("if (context.Secrets is { } secrets) WriteSecrets(secrets, context.ShortUuidOf(this));");
        if (written.Any(NeedsJsonText)) w.Line($"var json = new {Names.JsonWriter}();");
        foreach (var member in written)
        {
            var key = Quote(member.WireName);
            switch (member.Kind)
            {
                case ValueKind.String:
                    w.Line($"{Names.DatabagWrite}.Text(databag, {key}, {member.Name});");
                    break;
                case ValueKind.Enum:
                    w.Line($"{Names.DatabagWrite}.Text(databag, {key}, {EnumToWire(member, member.Name)});");
                    break;
                case ValueKind.Json:
                    // As write_model (docs/protocol/serialization.md#writing-a-model-to-a-databag): JSON null deletes the key, a string is raw text.
                    w.Line($"{Names.DatabagWrite}.Value(databag, {key}, {member.Name}{(member.IsNullable ? $" ?? {Names.WireValue}.Null" : "")});");
                    break;
                default:
                    if (member.IsNullable)
                    {
                        w.Open($"if ({member.Name} is null)");
                        w.Line($"databag.Remove({key});");
                        w.Close();
                        w.Open("else");
                    }
                    w.Line("json.Clear();");
                    WriteValue(w, member, "json", knownNotNull: true);
                    w.Line($"{Names.DatabagWrite}.Text(databag, {key}, json.ToString());");
                    if (member.IsNullable) w.Close();
                    break;
            }
        }
        w.Open("if (HasUnknownKeys)");
        w.Line($"foreach (var entry in UnknownKeys) {Names.DatabagWrite}.Value(databag, entry.Key, entry.Value);");
        w.Close();
        w.Close();
        w.Line();

        foreach (var member in model.Members.Where(m => m.Kind == ValueKind.Enum)) EmitEnumToWire(w, member);
    }

    private static bool NeedsJsonText(MemberSpec member) => member.Kind is not (ValueKind.String or ValueKind.Enum or ValueKind.Json);

    /// <summary>
    /// The condition under which a compact dump keeps the member (pydantic exclude_none /
    /// exclude_defaults), or null when it is always kept.
    /// </summary>
    private static string? KeptInCompactDump(MemberSpec member)
    {
        var notNull = !member.IsNullable ? null
            : member.Kind == ValueKind.Json ? $"{member.Name} is not null && !{member.Name}.IsNull"
            : $"{member.Name} is not null";
        if (member.Default != DefaultKind.Constant || member.DefaultExpression is null or "null") return notNull;
        var notDefault = member.Kind == ValueKind.String
            ? $"!string.Equals({member.Name}, {member.DefaultExpression}, global::System.StringComparison.Ordinal)"
            : $"{member.Name} != {member.DefaultExpression}";
        return notNull is null ? notDefault : $"{notNull} && {notDefault}";
    }

    private static void WriteValue(SourceWriter w, MemberSpec member, string writer, bool knownNotNull = false)
    {
        var name = member.Name;
        var nullable = member.IsNullable && !knownNotNull;
        switch (member.Kind)
        {
            case ValueKind.String:
                w.Line($"{writer}.WriteStringValue({name});");
                break;
            case ValueKind.Boolean:
                w.Line($"{writer}.WriteBooleanValue({name});");
                break;
            case ValueKind.Int32:
            case ValueKind.Int64:
                w.Line(member.IsNullable
                    ? $"if ({name} is {{ }} number) {writer}.WriteNumberValue((long)number); else {writer}.WriteNullValue();"
                    : $"{writer}.WriteNumberValue((long){name});");
                break;
            case ValueKind.Double:
                w.Line(member.IsNullable
                    ? $"if ({name} is {{ }} number) {writer}.WriteNumberValue(number); else {writer}.WriteNullValue();"
                    : $"{writer}.WriteNumberValue({name});");
                break;
            case ValueKind.Enum:
                w.Line($"{writer}.WriteStringValue({EnumToWire(member, name)});");
                break;
            case ValueKind.Json:
                w.Line($"{writer}.WriteValue({name}{(nullable ? $" ?? {Names.WireValue}.Null" : "")});");
                break;
            case ValueKind.Model:
                w.Line(nullable
                    ? $"if ({name} is null) {writer}.WriteNullValue(); else {name}.WriteJson({writer}, context.IsCompact ? {Names.WriteContext}.Compact : {Names.WriteContext}.Full);"
                    : $"{name}.WriteJson({writer}, context.IsCompact ? {Names.WriteContext}.Compact : {Names.WriteContext}.Full);");
                break;
            case ValueKind.StringList:
                if (nullable) w.Open($"if ({name} is null) {writer}.WriteNullValue(); else");
                w.Line($"{writer}.WriteStartArray();");
                w.Line($"foreach (var item in {name}) {writer}.WriteStringValue(item);");
                w.Line($"{writer}.WriteEndArray();");
                if (nullable) w.Close();
                break;
            case ValueKind.ModelList:
                if (nullable) w.Open($"if ({name} is null) {writer}.WriteNullValue(); else");
                w.Line($"{writer}.WriteStartArray();");
                // A null item is written as Python writes None in a list, not dereferenced.
                w.Line($"foreach (var item in {name}) {{ if (item is null) {writer}.WriteNullValue(); else item.WriteJson({writer}, context.IsCompact ? {Names.WriteContext}.Compact : {Names.WriteContext}.Full); }}");
                w.Line($"{writer}.WriteEndArray();");
                if (nullable) w.Close();
                break;
        }
    }

    private static string EnumToWire(MemberSpec member, string expression) => $"__{member.Name}ToWire({expression})";

    private static void EmitEnumToWire(SourceWriter w, MemberSpec member)
    {
        var type = member.TypeName.TrimEnd('?');
        w.Line($"private static string{(member.IsNullable ? "?" : "")} __{member.Name}ToWire({member.TypeName} value) => value switch");
        w.Line("{");
        foreach (var value in member.EnumValues) w.Line($"    {type}.{value.Name} => {Quote(value.WireName)},");
        if (member.IsNullable) w.Line("    null => null,");
        w.Line("    _ => ((long)value).ToString(global::System.Globalization.CultureInfo.InvariantCulture),");
        w.Line("};");
        w.Line();
    }

    // A member read through an alias keeps the losing keys as unknown keys (pydantic's extras); one
    // under the member's own wire key replaces the member's value in a dump, in the member's place,
    // as json.dumps(model_dump()) merges extras into the field's key (docs/protocol/serialization.md#input-keys).
    private static void EmitShadowedByUnknownKey(SourceWriter w, MemberSpec member)
    {
        var shadow = "__shadow" + member.Name;
        w.Open($"if (HasUnknownKeys && UnknownKeys.TryGetValue({Quote(member.WireName)}, out var {shadow}))");
        w.Open($"if (!compact || !{shadow}.IsNull)");
        w.Line($"writer.WritePropertyName({Quote(member.WireName)});");
        w.Line($"writer.WriteDumpedValue({shadow});");
        w.Close();
        w.Close();
        w.Open("else");
    }
}
