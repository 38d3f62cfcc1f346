using DataPlatform.Contracts.Generator.Model;

namespace DataPlatform.Contracts.Generator.Emitting;

internal static partial class ModelEmitter
{
    // One Juju secret per group: its members' values as content keys, its URI in the pointer.
    private static void EmitSecrets(SourceWriter w, ModelSpec model)
    {
        var api = Api(model);
        w.Line("/// <inheritdoc/>");
        w.Open($"{api} void WriteSecrets({Names.SecretRepository} secrets, string? shortUuid)");
        w.Line("global::System.ArgumentNullException.ThrowIfNull(secrets);");
        foreach (var group in model.SecretGroups)
        {
            var fields = group.MemberIndexes.Select(i => model.Members[i]).Select(m =>
                $"new {Names.SecretField}({Quote(m.WireName)}, {(m.Kind == ValueKind.Boolean ? $"{Names.SecretField}.Encode({m.Name})" : m.Name)})");
            var span = "[" + string.Join(", ", fields) + "]";
            if (group.PointerIndex < 0)
            {
                w.Line($"{Names.SecretWriter}.Write(secrets, {Quote(group.Group)}, null, shortUuid, {span});");
                continue;
            }
            var pointer = model.Members[group.PointerIndex].Name;
            var local = "pointer" + Identifier(group.Group);
            w.Line($"var {local} = {Names.SecretWriter}.Write(secrets, {Quote(group.Group)}, {pointer}, shortUuid, {span});");
            w.Line($"if ({local} != {pointer}) {pointer} = {local};");
        }
        w.Close();
        w.Line();

        w.Line("/// <inheritdoc/>");
        w.Open($"{api} void ReadSecrets({Names.SecretRepository} secrets, string? shortUuid, {Names.ReadContext} context)");
        w.Line("global::System.ArgumentNullException.ThrowIfNull(secrets);");
        foreach (var group in model.SecretGroups)
        {
            var pointer = group.PointerIndex < 0 ? "null" : model.Members[group.PointerIndex].Name;
            w.Open($"if ({Names.SecretReader}.Find(secrets, {Quote(group.Group)}, {pointer}, shortUuid) is {{ }} secret{Identifier(group.Group)})");
            foreach (var member in group.MemberIndexes.Select(i => model.Members[i]))
            {
                var secret = "secret" + Identifier(group.Group);
                w.Line(member.Kind == ValueKind.Boolean
                    ? $"{member.Name} = {Names.SecretReader}.Boolean({secret}, {Quote(member.WireName)}, {Quote(group.Group)}, {Quote(member.Name)}, context);"
                    : $"{member.Name} = {Names.SecretReader}.String({secret}, {Quote(member.WireName)});");
            }
            w.Close();
        }
        w.Close();
        w.Line();
    }

    // A group name as part of a C# identifier: letters and digits kept, the rest as '_'.
    private static string Identifier(string group)
    {
        var chars = group.Select(c => char.IsLetterOrDigit(c) ? c : '_').ToArray();
        return char.ToUpperInvariant(chars[0]) + new string(chars, 1, chars.Length - 1);
    }
}
