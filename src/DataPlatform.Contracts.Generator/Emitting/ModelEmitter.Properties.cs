using DataPlatform.Contracts.Generator.Model;

namespace DataPlatform.Contracts.Generator.Emitting;

internal static partial class ModelEmitter
{
    // Partial properties get a backing field and an "explicitly set" flag; pointers the user did
    // not declare are declared here.
    private static void EmitProperties(SourceWriter w, ModelSpec model)
    {
        foreach (var member in model.Members)
        {
            if (member.Implementation is not { } impl) continue;
            // A factory default (a fresh salt) is drawn on first read, so models that a read fills
            // never pay for one they overwrite.
            var lazy = member.Default == DefaultKind.Factory && member.Kind == ValueKind.String;
            var initial = member.DefaultExpression ?? (member.IsNullable ? "null" : "default!");
            if (lazy) w.Line($"private {member.TypeName.TrimEnd('?')}? {Field(member)};");
            else w.Line($"private {member.TypeName} {Field(member)} = {initial};");
            var tracked = member.Role != MemberRole.AliasRecord;
            if (tracked) w.Line($"private bool {SetFlag(member)};");
            if (impl.IsDeclaredByGenerator)
            {
                w.Line($"/// <summary>URI of the secret of group <c>{member.Group}</c> (key <c>{member.WireName}</c>).</summary>");
                w.Line($"[{Names.SecretPointerAttribute}({Quote(member.Group!)})]");
            }
            var partial = impl.IsDeclaredByGenerator ? "" : "partial ";
            var getter = Accessor(impl.GetterModifiers, "get");
            var setter = Accessor(impl.SetterModifiers, impl.SetterKeyword);
            var store = tracked ? $"{{ {Field(member)} = value; {SetFlag(member)} = true; }}" : $"=> {Field(member)} = value;";
            var read = lazy ? $"{Field(member)} ??= {initial}" : Field(member);
            w.Line($"{impl.Modifiers} {partial}{member.TypeName} {member.Name} {{ {getter} => {read}; {setter} {store} }}");
            w.Line();
        }
    }

    private static string Accessor(string modifiers, string keyword) => modifiers.Length == 0 ? keyword : modifiers + " " + keyword;

    // The root of a model hierarchy holds the unknown keys and the wire-name indexer.
    private static void EmitRootMembers(SourceWriter w, ModelSpec model)
    {
        w.Line("// Created on first use; compared by content, so records with the same unknown keys stay equal.");
        w.Line("private global::DataPlatform.Contracts.Wire.UnknownKeySlot __unknownKeys;");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line($"public {Names.WireObject} UnknownKeys => __unknownKeys.Value;");
        w.Line();
        w.Line("/// <summary>Whether any unknown key is held.</summary>");
        w.Line("public bool HasUnknownKeys => __unknownKeys.Count > 0;");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Open($"public {Names.WireValue} this[string wireKey]");
        w.Line($"get => TryGetValue(wireKey, out var value) ? value : throw new global::System.Collections.Generic.KeyNotFoundException(\"{model.DisplayName} has no member or unknown key '\" + wireKey + \"'.\");");
        w.Line("set => SetValue(wireKey, value);");
        w.Close();
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Open("public global::System.Collections.Generic.IEnumerable<string> ExplicitlySetKeys");
        w.Open("get");
        w.Open("foreach (var key in WireKeys)");
        w.Line("if (IsExplicitlySet(key)) yield return key;");
        w.Close();
        w.Line("foreach (var entry in __unknownKeys.Members) yield return entry.Key;");
        w.Close();
        w.Close();
        w.Line();
    }
}
