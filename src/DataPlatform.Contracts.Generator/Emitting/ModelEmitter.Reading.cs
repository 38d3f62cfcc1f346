using DataPlatform.Contracts.Generator.Model;

namespace DataPlatform.Contracts.Generator.Emitting;

internal static partial class ModelEmitter
{
    // Reading: match each key to a member (best-ranked input key wins), read its value with the
    // lax rules, keep or drop unknown keys, then check required members, secrets and rules.
    private static void EmitReading(SourceWriter w, ModelSpec model)
    {
        var api = Api(model);
        var count = model.Members.Count;

        w.Line("/// <inheritdoc/>");
        w.Open($"{api} void ReadJson(ref {Names.JsonReader} reader, {Names.ReadContext} context)");
        EmitReadStart(w, count);
        w.Line("global::System.Span<char> name = stackalloc char[64];");
        w.Line("// Malformed JSON becomes an issue, so the caller gets one typed error naming the model.");
        w.Open("try");
        w.Open($"while (reader.Read() && reader.TokenType == {Names.JsonTokenType}.PropertyName)");
        w.Line($"var key = {Names.WireRead}.PropertyName(in reader, name);");
        w.Line("var member = __MatchInputKey(key, out var rank);");
        w.Open("if (member >= 0 && __Take(ranks, member, rank))");
        w.Line("reader.Read();");
        w.Line("__ReadMember(member, ref reader, context);");
        w.Line("continue;");
        w.Close();
        if (model.KeepsUnknownKeys)
        {
            w.Line("var unknownKey = key.ToString();");
            w.Line("reader.Read();");
            w.Line($"UnknownKeys.Set(unknownKey, {Names.WireRead}.Value(ref reader));");
        }
        else
        {
            w.Line("reader.Read();");
            w.Line("reader.Skip();");
        }
        w.Close();
        w.Close();
        w.Open("catch (global::System.Text.Json.JsonException)");
        w.Line("context.AddIssue(\"json_invalid\", null, null, \"Invalid JSON: the object is malformed or cut short\");");
        w.Close();
        w.Line("__FinishRead(ranks, start, context);");
        w.Line($"context.EndModel({Quote(model.DisplayName)});");
        w.Close();
        w.Line();

        w.Line("/// <inheritdoc/>");
        w.Open($"{api} void ReadDatabag(global::System.Collections.Generic.IReadOnlyDictionary<string, string> databag, {Names.ReadContext} context)");
        w.Line("global::System.ArgumentNullException.ThrowIfNull(databag);");
        EmitReadStart(w, count);
        w.Open("foreach (var entry in databag)");
        w.Line("// The reference's get_data drops the side's own diff memory before validating.");
        w.Line("if (entry.Key == \"data\") continue;");
        w.Line("var member = __MatchInputKey(entry.Key, out var rank);");
        w.Line("if (member >= 0 && __Take(ranks, member, rank)) __ReadMemberText(member, entry.Value, context);");
        if (model.KeepsUnknownKeys) w.Line($"else UnknownKeys.Set(entry.Key, {Names.DatabagValue}.Decode(entry.Value));");
        w.Close();
        w.Line("__FinishRead(ranks, start, context);");
        w.Line($"context.EndModel({Quote(model.DisplayName)});");
        w.Close();
        w.Line();

        EmitTake(w, model);
        EmitFinishRead(w, model);
        EmitReadMemberText(w, model);
        EmitReadMember(w, model);
        foreach (var member in model.Members.Where(m => m.Kind == ValueKind.Enum)) EmitEnumFromWire(w, member);
    }

    // Every read starts the same way: open the model in the context, and no key has supplied a member yet.
    private static void EmitReadStart(SourceWriter w, int memberCount)
    {
        w.Line("context.BeginModel();");
        w.Line("var start = context.IssueCount;");
        w.Line($"global::System.Span<byte> ranks = stackalloc byte[{Math.Max(memberCount, 1)}];");
        w.Line($"ranks.Fill({Names.KeyRanks}.None);");
    }

    private static void EmitTake(SourceWriter w, ModelSpec model)
    {
        w.Line("// Whether this key supplies the member; a worse key it displaces becomes an unknown key.");
        w.Open("private bool __Take(global::System.Span<byte> ranks, int member, int rank)");
        w.Line($"if (!{Names.KeyRanks}.Take(ranks, member, rank, out var displaced)) return false;");
        if (model.KeepsUnknownKeys) w.Line("if (displaced >= 0) UnknownKeys.Set(__inputKeys[member][displaced], __ValueOf(member));");
        w.Line("return true;");
        w.Close();
        w.Line();
    }

    private static void EmitFinishRead(SourceWriter w, ModelSpec model)
    {
        w.Open($"private void __FinishRead(global::System.Span<byte> ranks, int start, {Names.ReadContext} context)");
        foreach (var (member, index) in Indexed(model))
        {
            if (member.Default == DefaultKind.Required)
            {
                w.Line($"if (ranks[{index}] == {Names.KeyRanks}.None) {Names.WireRead}.Missing(context, {Quote(member.WireName)}, {Quote(member.Name)});");
            }
            if (member.Role == MemberRole.AliasRecord)
            {
                var aliased = model.Members[member.AliasOf];
                w.Line($"{member.Name} = ranks[{member.AliasOf}] < {aliased.AliasCount} ? __inputKeys[{member.AliasOf}][ranks[{member.AliasOf}]] : \"\";");
            }
        }
        w.Line("if (context.IssueCount != start) return;");
        var identity = $"((object)this as {Names.IRequestIdentity})?.ShortUuid";
        w.Line($"if (context.Secrets is {{ }} secrets) ReadSecrets(secrets, {identity}, context);");
        w.Line("if (context.IssueCount == start) ValidateMembers(context);");
        w.Close();
        w.Line();
    }

    // Databag values: string members take the text as it is (divergence D9); the others read the
    // text as JSON, or as a JSON string when it is not JSON.
    private static void EmitReadMemberText(SourceWriter w, ModelSpec model)
    {
        w.Open($"private void __ReadMemberText(int member, string text, {Names.ReadContext} context)");
        var strings = Indexed(model).Where(x => x.Member.Kind == ValueKind.String && x.Member.Role != MemberRole.AliasRecord).ToList();
        if (strings.Count > 0)
        {
            w.Open("switch (member)");
            foreach (var (member, index) in strings) w.Line($"case {index}: {member.Name} = text; return;");
            w.Close();
        }
        w.Line($"__ReadMemberFrom({Names.DatabagText}.Rent(text, out var length), length, member, context);");
        w.Close();
        w.Line();

        w.Line("// Reads a member from JSON in a pooled buffer, and returns the buffer.");
        w.Open($"private void __ReadMemberFrom(byte[] buffer, int length, int member, {Names.ReadContext} context)");
        w.Open("try");
        w.Line($"var reader = {Names.DatabagText}.Reader(buffer, length);");
        w.Line("__ReadMember(member, ref reader, context);");
        w.Close();
        w.Open("finally");
        w.Line($"{Names.DatabagText}.Return(buffer);");
        w.Close();
        w.Close();
        w.Line();
    }

    private static void EmitReadMember(SourceWriter w, ModelSpec model)
    {
        w.Open($"private void __ReadMember(int member, ref {Names.JsonReader} reader, {Names.ReadContext} context)");
        if (model.Members.Count == 0) w.Line("reader.Skip();");
        else
        {
            w.Open("switch (member)");
            foreach (var (member, index) in Indexed(model))
            {
                w.Open($"case {index}:");
                ReadValue(w, member);
                w.Line("break;");
                w.Close();
            }
            w.Close();
        }
        w.Close();
        w.Line();
    }

    // A value that fails to read leaves the member as it was: the issue is recorded instead.
    private static void ReadValue(SourceWriter w, MemberSpec member)
    {
        var args = $"ref reader, context, {Quote(member.WireName)}, {Quote(member.Name)}, nullable: {(member.IsNullable ? "true" : "false")}";
        string? scalar = member.Kind switch
        {
            ValueKind.String => $"{Names.WireRead}.String({args})",
            ValueKind.Boolean => $"{Names.WireRead}.Boolean({args})",
            ValueKind.Int32 => $"{Names.WireRead}.Int32({args})",
            ValueKind.Int64 => $"{Names.WireRead}.Int64({args})",
            ValueKind.Double => $"{Names.WireRead}.Double({args})",
            ValueKind.Enum => $"__{member.Name}FromWire({args})",
            ValueKind.StringList => $"{Names.WireRead}.StringList({args})",
            _ => null,
        };
        if (member.Role == MemberRole.AliasRecord)
        {
            w.Line("reader.Skip();");
            return;
        }
        if (scalar is not null)
        {
            w.Line("var before = context.IssueCount;");
            w.Line($"var value = {scalar};");
            w.Line($"if (context.IssueCount == before) {member.Name} = value{(member.IsNullable ? "" : ValueSuffix(member).Length > 0 ? ".GetValueOrDefault()" : "!")};");
            return;
        }
        switch (member.Kind)
        {
            case ValueKind.Json:
                // A nullable member reads JSON null as null (Python's None), so null is the one "absent".
                w.Line(member.IsNullable
                    ? $"{{ var value = {Names.WireRead}.Value(ref reader); {member.Name} = value.IsNull ? null : value; }}"
                    : $"{member.Name} = {Names.WireRead}.Value(ref reader);");
                break;
            case ValueKind.Model:
                w.Open($"if ({Names.WireRead}.StartObject({args}))");
                w.Line("var before = context.IssueCount;");
                w.Line($"var item = new {member.ElementTypeName}();");
                w.Line($"context.Enter({Quote(member.WireName)});");
                w.Line("item.ReadJson(ref reader, context);");
                w.Line("context.Exit();");
                w.Line($"if (context.IssueCount == before) {member.Name} = item;");
                w.Close();
                if (member.IsNullable) w.Line($"else if (reader.TokenType == {Names.JsonTokenType}.Null) {member.Name} = null;");
                break;
            case ValueKind.ModelList:
                w.Open($"if ({Names.WireRead}.StartArray({args}))");
                w.Line("var before = context.IssueCount;");
                w.Line($"var items = new global::System.Collections.Generic.List<{member.ElementTypeName}>();");
                w.Line($"context.Enter({Quote(member.WireName)});");
                w.Open($"for (var i = 0; reader.Read() && reader.TokenType != {Names.JsonTokenType}.EndArray; i++)");
                w.Line($"var item = new {member.ElementTypeName}();");
                w.Line("var position = i.ToString(global::System.Globalization.CultureInfo.InvariantCulture);");
                w.Open($"if ({Names.WireRead}.StartObject(ref reader, context, position, {Quote(member.Name)}, nullable: false))");
                w.Line("context.Enter(i);");
                w.Line("item.ReadJson(ref reader, context);");
                w.Line("context.Exit();");
                w.Line("items.Add(item);");
                w.Close();
                w.Close();
                w.Line("context.Exit();");
                w.Line($"if (context.IssueCount == before) {member.Name} = items;");
                w.Close();
                if (member.IsNullable) w.Line($"else if (reader.TokenType == {Names.JsonTokenType}.Null) {member.Name} = null;");
                break;
        }
    }

    // Value types come back nullable from the lax readers; a successful read has a value.
    private static string ValueSuffix(MemberSpec member) =>
        member.Kind is ValueKind.Boolean or ValueKind.Int32 or ValueKind.Int64 or ValueKind.Double or ValueKind.Enum ? ".Value" : "";

    private static void EmitEnumFromWire(SourceWriter w, MemberSpec member)
    {
        var type = member.TypeName.TrimEnd('?');
        var expected = string.Join(" or ", member.EnumValues.Select(v => "'" + v.WireName + "'"));
        w.Open($"private static {type}? __{member.Name}FromWire(ref {Names.JsonReader} reader, {Names.ReadContext} context, string key, string member, bool nullable)");
        w.Line($"if (reader.TokenType == {Names.JsonTokenType}.Null && nullable) return null;");
        w.Line($"var text = reader.TokenType == {Names.JsonTokenType}.String ? {Names.WireJsonReader}.GetString(in reader) : null;");
        w.Open("switch (text)");
        foreach (var value in member.EnumValues) w.Line($"case {Quote(value.WireName)}: return {type}.{value.Name};");
        w.Close();
        w.Line($"if (reader.TokenType is {Names.JsonTokenType}.StartArray or {Names.JsonTokenType}.StartObject) reader.Skip();");
        w.Line($"context.AddIssue(\"literal_error\", key, member, {Quote("Input should be " + expected)});");
        w.Line("return null;");
        w.Close();
        w.Line();
    }
}
