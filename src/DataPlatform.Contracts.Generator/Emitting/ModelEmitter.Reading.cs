using DataPlatform.Contracts.Generator.Model;

namespace DataPlatform.Contracts.Generator.Emitting;

internal static partial class ModelEmitter
{
    // Reading one member: a value that does not fit records an issue and leaves the member as it was.
    private static List<string> ReadCases(ModelSpec model) =>
        Own(model).Where(x => x.Member.Role != MemberRole.AliasRecord)
            .Select(x => $"case {x.Index}: if ({Reader(x.Member)}(ref reader, context, member, out var v{x.Index})) model.{x.Member.Name} = v{x.Index}{NotNull(x.Member)}; return;")
            .ToList();

    // Strings and enum names as text, for databags, secrets and rules without a JSON value.
    private static List<string> TextArms(ModelSpec model) =>
        Own(model).Where(x => x.Member.Kind is ValueKind.String or ValueKind.Enum)
            .Select(x => $"{x.Index} => {(x.Member.Kind == ValueKind.Enum ? $"{EnumTable(x.Member)}.ToWire(model.{x.Member.Name})" : "model." + x.Member.Name)}")
            .ToList();

    // Setting a member from text, off the hot paths.
    private static void EmitReading(SourceWriter w, ModelSpec model)
    {
        var level = Level(model);
        // Strings are set as they are: a databag's raw text (divergence D9), a secret's content, a pointer.
        var text = Own(model).Where(x => x.Member.Kind == ValueKind.String)
            .Select(x => $"case {x.Index}: {x.Member.Name} = text{(x.Member.IsNullable ? "" : "!")}; return true;");
        EmitSwitch(w, $"{level} bool __ReadText({Names.Member} member, string? text)", text,
            model.IsRoot ? "return false;" : "return base.__ReadText(member, text);");
    }

    private static string Reader(MemberSpec member) => member.Kind switch
    {
        ValueKind.String => Names.WireRead + ".String",
        ValueKind.Boolean => Names.WireRead + ".Boolean",
        ValueKind.Int32 => Names.WireRead + ".Int32",
        ValueKind.Int64 => Names.WireRead + ".Int64",
        ValueKind.Double => Names.WireRead + ".Double",
        ValueKind.Enum => EnumTable(member) + ".Read",
        ValueKind.StringList => Names.WireRead + ".StringList",
        ValueKind.Model => $"{Names.WireRead}.Model<{member.ElementTypeName}>",
        ValueKind.ModelList => $"{Names.WireRead}.ModelList<{member.ElementTypeName}>",
        _ => Names.WireRead + ".Json",
    };

    // The readers give nullable values; a member that is not nullable only gets one that fits, so it has a value.
    private static string NotNull(MemberSpec member)
    {
        if (member.IsNullable) return "";
        return member.Kind is ValueKind.Boolean or ValueKind.Int32 or ValueKind.Int64 or ValueKind.Double or ValueKind.Enum ? ".GetValueOrDefault()" : "!";
    }
}
