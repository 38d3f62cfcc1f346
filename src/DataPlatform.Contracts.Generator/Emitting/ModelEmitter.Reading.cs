using DataPlatform.Contracts.Generator.Model;

namespace DataPlatform.Contracts.Generator.Emitting;

internal static partial class ModelEmitter
{
    // Reading one member: a value that does not fit records an issue and leaves the member as it was.
    private static void EmitReading(SourceWriter w, ModelSpec model)
    {
        var level = Level(model);
        w.Line($"[{Names.Hidden}]");
        w.Open($"{(model.IsSealed ? "private" : "protected")} {(model.IsRoot ? "" : "new ")}struct __Members : {Names.IMemberSwitch}<{model.Name}>");
        // The runtime's read loop and rule checks are generic over this struct, so each model type
        // gets its own copy; members of the base levels go on to the base's struct.
        var toBase = model.IsRoot ? null : $"if (member.Index < {model.Offset}) ";
        var read = Own(model).Where(x => x.Member.Role != MemberRole.AliasRecord)
            .Select(x => $"case {x.Index}: if ({Reader(x.Member)}(ref reader, context, member, out var v{x.Index})) model.{x.Member.Name} = v{x.Index}{NotNull(x.Member)}; return;")
            .ToList();
        w.Open($"public static void Read({model.Name} model, {Names.Member} member, ref {Names.JsonReader} reader, {Names.ReadContext} context)");
        if (toBase is not null) w.Line($"{toBase}{{ {model.BaseTypeName}.__Members.Read(model, member, ref reader, context); return; }}");
        if (read.Count > 0)
        {
            w.Open("switch (member.Index)");
            foreach (var line in read) w.Line(line);
            w.Close();
        }
        w.Close();
        w.Line();
        // Strings and enum names as text, for databags, secrets and rules without a JSON value.
        var texts = Own(model).Where(x => x.Member.Kind is ValueKind.String or ValueKind.Enum)
            .Select(x => $"{x.Index} => {(x.Member.Kind == ValueKind.Enum ? $"{EnumTable(x.Member)}.ToWire(model.{x.Member.Name})" : "model." + x.Member.Name)},")
            .ToList();
        var signature = $"public static string? TextOf({model.Name} model, {Names.Member} member)";
        var fallback = toBase is null ? "null" : $"{model.BaseTypeName}.__Members.TextOf(model, member)";
        if (texts.Count == 0) w.Line($"{signature} => {fallback};");
        else
        {
            w.Line($"{signature} => {(toBase is null ? "" : $"member.Index < {model.Offset} ? {fallback} : ")}member.Index switch");
            w.Line("{");
            foreach (var arm in texts) w.Line("    " + arm);
            w.Line("    _ => null,");
            w.Line("};");
        }
        w.Close();
        w.Line();

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
