using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Generated;

public static partial class ModelMachinery
{
    /// <summary>Checks the model's rules.</summary>
    /// <exception cref="RelationModelValidationException">Every rule broken, each naming its member and key.</exception>
    public static void Validate(IGeneratedModel model)
    {
        var context = new ModelReadContext();
        context.BeginModel();
        model.Validate(context);
        context.EndModel(model.Shape.Name);
    }

    /// <summary>
    /// Records the rules the members of one level break (required, literal, secret pointer); the
    /// level's generated <c>Validate</c> calls this after its base's and before its <c>OnValidate</c>.
    /// </summary>
    public static void CheckMembers(IGeneratedModel model, ModelShape level, ModelReadContext context)
    {
        ArgumentNullException.ThrowIfNull(level);
        ArgumentNullException.ThrowIfNull(context);
        foreach (var member in level.CheckedHere)
        {
            if (member.Has(MemberFlags.Required) && IsMissing(model, member)) WireRead.Missing(context, member.WireName, member.Name);
            if (member.Literal is { } literal && model.TextOf(member) != literal)
            {
                context.AddIssue("literal_error", member.WireName, member.Name, "Input should be '" + literal + "'");
            }
            // Upstream's pattern is an unanchored search: any text containing "secret:" passes. A
            // pointer never set still holds its null default, which passes.
            if (member.Has(MemberFlags.Pointer) && IsSetOrUntracked(model, member) && model.TextOf(member) is { } uri && !uri.Contains("secret:", StringComparison.Ordinal))
            {
                context.AddIssue("string_pattern_mismatch", member.WireName, member.Name, "String should match pattern 'secret:.*'");
            }
        }
    }

    private static bool IsSetOrUntracked(IGeneratedModel model, ModelMember member) =>
        member.Has(MemberFlags.Untracked) || model.ExplicitlySet[member.Index];

    // A required member never set (by code or by a read) is missing, whatever it starts as; one the
    // user implements is missing when it holds no object.
    private static bool IsMissing(IGeneratedModel model, ModelMember member)
    {
        if (!member.Has(MemberFlags.Untracked)) return !model.ExplicitlySet[member.Index];
        return member.Kind is MemberKind.String or MemberKind.StringList or MemberKind.Model or MemberKind.ModelList or MemberKind.Json
            && model.ValueOf(member).IsNull;
    }

    /// <summary>The model's members by wire name; secret values are shown as <c>***</c>, never their value.</summary>
    public static string Text(IGeneratedModel model)
    {
        var text = new ModelText(model.Shape.Name);
        foreach (var member in model.Shape.Members)
        {
            if (member.Has(MemberFlags.AliasRecord)) continue;
            if (member.Has(MemberFlags.Secret)) text.Secret(member.WireName, !model.ValueOf(member).IsNull);
            else text.Member(member.WireName, model.ValueOf(member));
        }
        if (model.UnknownKeySlot.Count > 0) text.Unknown(model.UnknownKeySlot.Value);
        return text.ToString();
    }
}
