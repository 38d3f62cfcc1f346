using DataPlatform.Contracts.Generator.Model;

namespace DataPlatform.Contracts.Generator.Emitting;

internal static partial class ModelEmitter
{
    // Key tables and access by wire name: the indexer, explicitly-set tracking and Update.
    private static void EmitAccess(SourceWriter w, ModelSpec model)
    {
        var api = Api(model);
        var keyed = Indexed(model).Where(x => x.Member.Role != MemberRole.AliasRecord).ToList();

        w.Line("private static readonly string[] __wireKeys = { " + string.Join(", ", keyed.Select(x => Quote(x.Member.WireName))) + " };");
        w.Line();
        w.Line("// Input keys of each member, best first: aliases, the wire name, the Python name.");
        w.Open("private static readonly string[][] __inputKeys =");
        foreach (var member in model.Members) w.Line("new[] { " + string.Join(", ", member.InputKeys.Select(Quote)) + " },");
        w.Close(";");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line($"{api} global::System.Collections.Generic.IReadOnlyList<string> WireKeys => __wireKeys;");
        w.Line();

        w.Open("private static int __IndexOfWireKey(string wireKey)");
        w.Open("switch (wireKey)");
        foreach (var (member, index) in keyed) w.Line($"case {Quote(member.WireName)}: return {index};");
        w.Line("default: return -1;");
        w.Close();
        w.Close();
        w.Line();

        w.Open("private static int __MatchInputKey(global::System.ReadOnlySpan<char> key, out int rank)");
        w.Open("switch (key)");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (member, index) in Indexed(model))
        {
            for (var rank = 0; rank < member.InputKeys.Count; rank++)
            {
                // A key two members could claim goes to the first one, as declared.
                if (!seen.Add(member.InputKeys[rank])) continue;
                w.Line($"case {Quote(member.InputKeys[rank])}: rank = {rank}; return {index};");
            }
        }
        w.Line("default: rank = 0; return -1;");
        w.Close();
        w.Close();
        w.Line();

        w.Open($"private {Names.WireValue} __ValueOf(int member)");
        w.Open("switch (member)");
        foreach (var (member, index) in Indexed(model)) w.Line($"case {index}: return {ToWire(member)};");
        w.Line($"default: return {Names.WireValue}.Null;");
        w.Close();
        w.Close();
        w.Line();

        w.Line("/// <inheritdoc/>");
        w.Open($"{api} bool TryGetValue(string wireKey, out {Names.WireValue} value)");
        w.Line("var member = __IndexOfWireKey(wireKey);");
        w.Open("if (member >= 0)");
        w.Line("value = __ValueOf(member);");
        w.Line("return true;");
        w.Close();
        w.Line("if (HasUnknownKeys && UnknownKeys.TryGetValue(wireKey, out value)) return true;");
        w.Line($"value = {Names.WireValue}.Null;");
        w.Line("return false;");
        w.Close();
        w.Line();

        w.Line("/// <summary>Sets a member (converted from JSON, as a read would) or an unknown key by wire name.</summary>");
        w.Line($"/// <exception cref=\"{Names.Contracts.Substring(8)}.RelationModelValidationException\">The value does not fit the member.</exception>");
        w.Open($"{api} void SetValue(string wireKey, {Names.WireValue} value)");
        w.Line("global::System.ArgumentNullException.ThrowIfNull(value);");
        w.Line("var member = __IndexOfWireKey(wireKey);");
        w.Open("if (member < 0)");
        w.Line("UnknownKeys.Set(wireKey, value);");
        w.Line("return;");
        w.Close();
        w.Line($"var context = new {Names.ReadContext}();");
        w.Line("context.BeginModel();");
        w.Line($"__ReadMemberFrom({Names.WireConvert}.Rent(value, out var length), length, member, context);");
        w.Line($"context.EndModel({Quote(model.DisplayName)});");
        w.Close();
        w.Line();

        w.Line("/// <inheritdoc/>");
        w.Open($"{api} bool IsExplicitlySet(string wireKey)");
        var own = model.Members.Where(m => m.DeclaredHere && m.Role != MemberRole.AliasRecord).ToList();
        if (own.Count > 0)
        {
            w.Open("switch (wireKey)");
            foreach (var member in own) w.Line($"case {Quote(member.WireName)}: return {(member.IsTrackedHere ? SetFlag(member) : "true")};");
            w.Close();
        }
        w.Line(model.IsRoot ? "return __unknownKeys.ContainsKey(wireKey);" : "return base.IsExplicitlySet(wireKey);");
        w.Close();
        w.Line();

        var kept = model.Members.Where(m => m.KeepOnUpdate).Select(m => Quote(m.WireName)).ToList();
        w.Line("/// <inheritdoc/>");
        w.Open($"{api} void Update({Names.IRelationModel} other)");
        w.Line("global::System.ArgumentNullException.ThrowIfNull(other);");
        w.Open("foreach (var key in new global::System.Collections.Generic.List<string>(other.ExplicitlySetKeys))");
        if (kept.Count > 0) w.Line($"if (key is {string.Join(" or ", kept)}) continue;");
        w.Line("SetValue(key, other[key]);");
        w.Close();
        w.Close();
        w.Line();
    }

    private static string ToWire(MemberSpec member) => member.Kind switch
    {
        ValueKind.Enum => $"{Names.WireConvert}.ToWire({EnumToWire(member, member.Name)})",
        ValueKind.Int32 => $"{Names.WireConvert}.ToWire((long?){member.Name})",
        ValueKind.StringList => $"{Names.WireConvert}.ToWire((global::System.Collections.Generic.IReadOnlyList<string>?){ListExpression(member)})",
        ValueKind.ModelList => $"{Names.WireConvert}.ToWire<{member.ElementTypeName}>({ListExpression(member)})",
        ValueKind.Model => $"{Names.WireConvert}.ToWire(({Names.IRelationModel}?){member.Name})",
        _ => $"{Names.WireConvert}.ToWire({member.Name})",
    };

    // Any list-like declared type, as the IReadOnlyList the helpers take.
    private static string ListExpression(MemberSpec member) =>
        $"{Names.Contracts}.WireLists.AsReadOnlyList({member.Name})";
}
