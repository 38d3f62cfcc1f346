using DataPlatform.Contracts.Generator.Model;

namespace DataPlatform.Contracts.Generator.Emitting;

internal static partial class ModelEmitter
{
    // Partial properties get a backing field and mark themselves explicitly set; pointers the user
    // did not declare are declared here.
    private static void EmitProperties(SourceWriter w, ModelSpec model)
    {
        foreach (var (member, index) in Own(model))
        {
            if (member.Implementation is not { } impl) continue;
            // A factory default (a fresh salt) is drawn on first read, so models that a read fills
            // never pay for one they overwrite.
            var lazy = member.Default == DefaultKind.Factory && member.Kind == ValueKind.String;
            var initial = member.DefaultExpression ?? (member.IsNullable ? "null" : "default!");
            w.Line(lazy ? $"private {member.TypeName.TrimEnd('?')}? {Field(member)};" : $"private {member.TypeName} {Field(member)} = {initial};");
            if (impl.IsDeclaredByGenerator)
            {
                w.Line($"/// <summary>URI of the secret of group <c>{member.Group}</c> (key <c>{member.WireName}</c>).</summary>");
                w.Line($"[{Names.SecretPointerAttribute}({Quote(member.Group!)})]");
            }
            var partial = impl.IsDeclaredByGenerator ? "" : "partial ";
            var getter = Accessor(impl.GetterModifiers, "get");
            var setter = Accessor(impl.SetterModifiers, impl.SetterKeyword);
            // An alias record is never "set": it only tells which key a read took.
            var store = member.Role == MemberRole.AliasRecord ? $"=> {Field(member)} = value;" : $"{{ {Field(member)} = value; __set.Mark({index}); }}";
            var read = lazy ? $"{Field(member)} ??= {initial}" : Field(member);
            w.Line($"[{Names.GeneratedCode}]");
            w.Line($"{impl.Modifiers} {partial}{member.TypeName} {member.Name} {{ {getter} => {read}; {setter} {store} }}");
            w.Line();
        }
    }

    private static string Accessor(string modifiers, string keyword) => modifiers.Length == 0 ? keyword : modifiers + " " + keyword;
}
