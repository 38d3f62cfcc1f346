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
    /// level's generated <c>Validate</c> calls this, with its switches and the model's set flags, after its base's and before its <c>OnValidate</c>.
    /// </summary>
    public static void CheckMembers<TMembers, TModel>(TModel model, ModelShape level, in MemberSet set, ModelReadContext context)
        where TMembers : struct, IMemberSwitch<TModel>
        where TModel : class, IGeneratedModel
    {
        ArgumentNullException.ThrowIfNull(level);
        ArgumentNullException.ThrowIfNull(context);
        foreach (var member in level.CheckedHere)
        {
            var tracked = !member.Has(MemberFlags.Untracked);
            if (member.Has(MemberFlags.Required) && (tracked ? !set[member.Index] : IsMissingUntracked(model, member))) WireRead.Missing(context, member.WireName, member.Name);
            if (member.Literal is { } literal && TMembers.TextOf(model, member) != literal)
            {
                context.AddIssue("literal_error", member.WireName, member.Name, "Input should be '" + literal + "'");
            }
            // Upstream's pattern is an unanchored search: any text containing "secret:" passes. A
            // pointer never set still holds its null default, which passes.
            if (member.Has(MemberFlags.Pointer) && (!tracked || set[member.Index]) && TMembers.TextOf(model, member) is { } uri && !IsSecretUri(uri))
            {
                context.AddIssue("string_pattern_mismatch", member.WireName, member.Name, "String should match pattern 'secret:.*'");
            }
        }
    }

    // Nearly every pointer starts with the pattern, which a prefix compare settles without a search.
    private static bool IsSecretUri(string uri) =>
        uri.StartsWith("secret:", StringComparison.Ordinal) || uri.Contains("secret:", StringComparison.Ordinal);

    // A required member the user implements is missing when it holds no object (the model cannot
    // tell whether it was set); a tracked one is missing when it was never set, whatever it holds.
    private static bool IsMissingUntracked(IGeneratedModel model, ModelMember member) =>
        member.Kind is MemberKind.String or MemberKind.StringList or MemberKind.Model or MemberKind.ModelList or MemberKind.Json
        && model.ValueOf(member).IsNull;

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
