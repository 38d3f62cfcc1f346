using DataPlatform.Contracts.Generator.Model;

namespace DataPlatform.Contracts.Generator.Emitting;

internal static partial class ModelEmitter
{
    // Rules of this type's own members (base types check theirs first), then its OnValidate.
    private static void EmitValidation(SourceWriter w, ModelSpec model)
    {
        var api = Api(model);
        w.Line("/// <inheritdoc/>");
        w.Open($"{api} void Validate()");
        w.Line($"var context = new {Names.ReadContext}();");
        w.Line("context.BeginModel();");
        w.Line("ValidateMembers(context);");
        w.Line($"context.EndModel({Quote(model.DisplayName)});");
        w.Close();
        w.Line();

        w.Line("/// <summary>Records every rule this model's members break (required, literal, secret pointer, custom).</summary>");
        w.Open($"{api} void ValidateMembers({Names.ReadContext} context)");
        if (!model.IsRoot) w.Line("base.ValidateMembers(context);");
        foreach (var member in model.Members.Where(m => m.DeclaredHere))
        {
            var key = Quote(member.WireName);
            var name = Quote(member.Name);
            if (member.Default == DefaultKind.Required && member.IsTrackedHere)
            {
                // A required member never set (by code or by a read) is missing, whatever it starts as.
                w.Line($"if (!{SetFlag(member)}) {Names.WireRead}.Missing(context, {key}, {name});");
            }
            else if (member.Default == DefaultKind.Required && member.Kind is ValueKind.String or ValueKind.StringList or ValueKind.Model or ValueKind.ModelList or ValueKind.Json)
            {
                w.Line($"if ({member.Name} is null) {Names.WireRead}.Missing(context, {key}, {name});");
            }
            if (member.Literal is { } literal)
            {
                w.Line($"if (!string.Equals({member.Name}, {Quote(literal)}, global::System.StringComparison.Ordinal)) context.AddIssue(\"literal_error\", {key}, {name}, {Quote("Input should be '" + literal + "'")});");
            }
            if (member.Role == MemberRole.Pointer)
            {
                // Upstream's pattern is an unanchored search: any text containing "secret:" passes.
                w.Line($"if ({member.Name} is not null && !{member.Name}.Contains(\"secret:\", global::System.StringComparison.Ordinal)) context.AddIssue(\"string_pattern_mismatch\", {key}, {name}, \"String should match pattern 'secret:.*'\");");
            }
        }
        w.Line("OnValidate(context);");
        w.Close();
        w.Line();
        w.Line("/// <summary>Implement to add rules of this model: record issues with <c>context.AddIssue</c>.</summary>");
        w.Line($"partial void OnValidate({Names.ReadContext} context);");
        w.Line();
    }

    // ToString shows every member and unknown key, and whether each secret is set, never its value.
    private static void EmitText(SourceWriter w, ModelSpec model)
    {
        w.Line("/// <summary>The model's members by wire name; secret values are shown as <c>***</c>.</summary>");
        w.Open("public override string ToString()");
        w.Line($"var text = new {Names.ModelText}({Quote(model.DisplayName)});");
        foreach (var (member, index) in Indexed(model))
        {
            if (member.Role == MemberRole.AliasRecord) continue;
            w.Line(member.Role == MemberRole.Secret
                ? $"text.Secret({Quote(member.WireName)}, {member.Name} is not null);"
                : $"text.Member({Quote(member.WireName)}, __ValueOf({index}));");
        }
        w.Line("if (HasUnknownKeys) text.Unknown(UnknownKeys);");
        w.Line("return text.ToString();");
        w.Close();
    }
}
