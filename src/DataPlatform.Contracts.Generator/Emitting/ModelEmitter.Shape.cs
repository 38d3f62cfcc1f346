using DataPlatform.Contracts.Generator.Model;

namespace DataPlatform.Contracts.Generator.Emitting;

internal static partial class ModelEmitter
{
    // The member table: this level's members, after its base's, with their keys and rules.
    private static void EmitShape(SourceWriter w, ModelSpec model)
    {
        var access = model.IsSealed ? "private" : "protected";
        var hides = model.IsRoot ? "" : "new ";
        var baseShape = model.BaseTypeName is null ? "null" : model.BaseTypeName + ".__shape";
        w.Line("// Keys and rules of the members this level declares; the runtime reads and writes by them.");
        w.Line($"[{Names.Hidden}]");
        w.Line($"{access} static {hides}readonly {Names.Shape} __shape = {Names.Shape}.Of<__Members, {model.Name}>({Quote(model.DisplayName)}, {baseShape}, {model.Offset}, {(model.KeepsUnknownKeys ? "true" : "false")},");
        w.Line("[");
        foreach (var (member, _) in Own(model)) w.Line("    " + Row(member) + ",");
        w.Line("]);");
        w.Line();
        foreach (var (member, _) in Own(model).Where(x => x.Member.Kind == ValueKind.Enum))
        {
            var type = member.TypeName.TrimEnd('?');
            var values = string.Join(", ", member.EnumValues.Select(v => type + "." + v.Name));
            var names = string.Join(", ", member.EnumValues.Select(v => Quote(v.WireName)));
            w.Line($"private static readonly {Names.WireEnum}<{type}> {EnumTable(member)} = new([{values}], [{names}]);");
            w.Line();
        }
    }

    private static string EnumTable(MemberSpec member) => Field(member) + "Names";

    private static string Row(MemberSpec member)
    {
        var flags = new List<string>();
        if (member.IsNullable) flags.Add("Nullable");
        if (member.Default == DefaultKind.Required) flags.Add("Required");
        if (member.Role == MemberRole.Secret) flags.Add("Secret");
        if (member.Role == MemberRole.Pointer) flags.Add("Pointer");
        if (member.Role == MemberRole.AliasRecord) flags.Add("AliasRecord");
        if (member.KeepOnUpdate) flags.Add("KeepOnUpdate");
        if (!member.IsTrackedHere) flags.Add("Untracked");
        var args = new List<string> { Quote(member.WireName), Quote(member.Name), Names.MemberKind + "." + member.Kind };
        if (flags.Count > 0) args.Add(string.Join(" | ", flags.Select(f => Names.MemberFlags + "." + f)));
        if (member.InputKeys.Count != 1 || member.InputKeys[0] != member.WireName)
        {
            args.Add("inputKeys: [" + string.Join(", ", member.InputKeys.Select(Quote)) + "]");
            if (member.AliasCount > 0) args.Add("aliasCount: " + member.AliasCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        var inits = new List<string>();
        if (member.Group is { } group) inits.Add("Group = " + Quote(group));
        if (member.Literal is { } literal) inits.Add("Literal = " + Quote(literal));
        if (member.AliasOf >= 0) inits.Add("AliasOf = " + member.AliasOf.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var row = $"new {Names.Member}({string.Join(", ", args)})";
        return inits.Count == 0 ? row : row + " { " + string.Join(", ", inits) + " }";
    }
}
